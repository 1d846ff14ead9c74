// Stand-in for com.atlassian.confluence:confluence.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.confluence.core;

import java.util.Objects;

public class DefaultSaveContext implements SaveContext {

    public static final SaveContext DEFAULT = builder().updateLastModifier(true).build();
    public static final SaveContext MINOR_EDIT = builder().suppressNotifications(true).build();
    public static final SaveContext SUPPRESS_NOTIFICATIONS =
            builder().suppressNotifications(true).updateLastModifier(true).build();

    private final boolean suppressNotifications;
    private final boolean suppressEvents;
    private final boolean suppressAutowatch;
    private final boolean updateLastModifier;

    private DefaultSaveContext(Builder builder) {
        this.suppressNotifications = builder.suppressNotifications;
        this.suppressEvents = builder.suppressEvents;
        this.suppressAutowatch = builder.suppressAutowatch;
        this.updateLastModifier = builder.updateLastModifier;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean doUpdateLastModifier() {
        return updateLastModifier;
    }

    @Override
    public boolean isSuppressAutowatch() {
        return suppressAutowatch;
    }

    @Override
    public boolean isSuppressNotifications() {
        return suppressNotifications;
    }

    @Override
    public boolean isEventSuppressed() {
        return suppressEvents;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        DefaultSaveContext that = (DefaultSaveContext) other;
        return suppressNotifications == that.suppressNotifications && suppressEvents == that.suppressEvents
                && suppressAutowatch == that.suppressAutowatch && updateLastModifier == that.updateLastModifier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(suppressNotifications, suppressEvents, suppressAutowatch, updateLastModifier);
    }

    /** In the real API suppressNotifications and suppressEvents come from a generic base builder. */
    public static class Builder {

        private boolean suppressNotifications;
        private boolean suppressEvents;
        private boolean suppressAutowatch;
        private boolean updateLastModifier;

        public Builder suppressNotifications(boolean suppressNotifications) {
            this.suppressNotifications = suppressNotifications;
            return this;
        }

        public Builder suppressEvents(boolean suppressEvents) {
            this.suppressEvents = suppressEvents;
            return this;
        }

        public Builder suppressAutowatch(boolean suppressAutowatch) {
            this.suppressAutowatch = suppressAutowatch;
            return this;
        }

        public Builder updateLastModifier(boolean updateLastModifier) {
            this.updateLastModifier = updateLastModifier;
            return this;
        }

        public DefaultSaveContext build() {
            return new DefaultSaveContext(this);
        }
    }
}
