package org.tandem.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What belongs to the request (or job) being handled on this thread: the signed-in person, the servlet request and
 * the web resources that macros asked for. Host services read the current user from here.
 */
public final class RequestScope {

    public static final class State {
        final HttpServletRequest request;
        final HttpServletResponse response;
        final SandboxUsers.Person user;
        final Set<String> requiredResources = new LinkedHashSet<>();
        final java.util.Map<String, Object> remembered = new java.util.HashMap<>();

        State(HttpServletRequest request, HttpServletResponse response, SandboxUsers.Person user) {
            this.request = request;
            this.response = response;
            this.user = user;
        }
    }

    private final ThreadLocal<State> current = new ThreadLocal<>();
    private final List<Consumer<SandboxUsers.Person>> onEnter = new ArrayList<>();

    /** Called with the person (or null) whenever a request or job starts on a thread, e.g. to set a host thread local. */
    public void onEnter(Consumer<SandboxUsers.Person> hook) {
        onEnter.add(hook);
    }

    public void enter(HttpServletRequest request, HttpServletResponse response, SandboxUsers.Person user) {
        current.set(new State(request, response, user));
        onEnter.forEach(h -> h.accept(user));
    }

    public void exit() {
        current.remove();
        onEnter.forEach(h -> h.accept(null));
    }

    public <T> T as(SandboxUsers.Person user, Callable<T> work) throws Exception {
        State previous = current.get();
        enter(previous == null ? null : previous.request, previous == null ? null : previous.response, user);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                exit();
            } else {
                current.set(previous);
                onEnter.forEach(h -> h.accept(previous.user));
            }
        }
    }

    public void as(SandboxUsers.Person user, Runnable work) {
        try {
            as(user, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<SandboxUsers.Person> user() {
        State s = current.get();
        return Optional.ofNullable(s == null ? null : s.user);
    }

    public String userKey() {
        return user().map(SandboxUsers.Person::key).orElse(null);
    }

    public HttpServletRequest request() {
        State s = current.get();
        return s == null ? null : s.request;
    }

    public HttpServletResponse response() {
        State s = current.get();
        return s == null ? null : s.response;
    }

    /**
     * The value under {@code key} computed once for the request on this thread (as Confluence keeps a person's
     * preferences in memory rather than reading them for every message); outside a request, computed each time.
     */
    @SuppressWarnings("unchecked")
    public <T> T remember(String key, java.util.function.Supplier<T> value) {
        State s = current.get();
        if (s == null) {
            return value.get();
        }
        Object known = s.remembered.get(key);
        if (known == null) {
            known = value.get();
            s.remembered.put(key, known);
        }
        return (T) known;
    }

    /** Drops what {@link #remember} kept under {@code key} for this request (after a change of it). */
    public void forget(String key) {
        State s = current.get();
        if (s != null) {
            s.remembered.remove(key);
        }
    }

    public void requireResource(String completeKey) {
        State s = current.get();
        if (s != null) {
            s.requiredResources.add(completeKey);
        }
    }

    public Set<String> requiredResources() {
        State s = current.get();
        return s == null ? Set.of() : Set.copyOf(s.requiredResources);
    }
}
