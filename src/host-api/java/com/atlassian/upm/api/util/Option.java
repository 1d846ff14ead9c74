// Stand-in for com.atlassian.upm:upm-api.
// seen: public apps calling PluginLicenseManager.getLicense().isDefined() / get(), Option.none() in a test double of PluginLicense
package com.atlassian.upm.api.util;

import java.util.NoSuchElementException;
import java.util.Objects;

/** UPM's own optional value: a value ({@link #some}) or none. */
public abstract class Option<A> {

    Option() {
    }

    public static <A> Option<A> some(A value) {
        return new Some<>(Objects.requireNonNull(value));
    }

    @SuppressWarnings("unchecked")
    public static <A> Option<A> none() {
        return (Option<A>) None.NONE;
    }

    public abstract boolean isDefined();

    /** The value; throws {@link NoSuchElementException} on none. */
    public abstract A get();

    private static final class Some<A> extends Option<A> {
        private final A value;

        Some(A value) {
            this.value = value;
        }

        @Override
        public boolean isDefined() {
            return true;
        }

        @Override
        public A get() {
            return value;
        }
    }

    private static final class None extends Option<Object> {
        static final None NONE = new None();

        @Override
        public boolean isDefined() {
            return false;
        }

        @Override
        public Object get() {
            throw new NoSuchElementException("none");
        }
    }
}
