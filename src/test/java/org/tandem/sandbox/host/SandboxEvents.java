package org.tandem.sandbox.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An event publisher that calls, on the publishing thread, every registered listener's {@code @EventListener}
 * method whose one parameter accepts the event. The sandbox registers every plugin component that has one.
 */
public final class SandboxEvents implements EventPublisher {

    private final Set<Object> listeners = new LinkedHashSet<>();

    @Override
    public synchronized void register(Object listener) {
        if (listenerMethods(listener.getClass()).isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no @EventListener method");
        }
        listeners.add(listener);
    }

    @Override
    public synchronized void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void unregisterAll() {
        listeners.clear();
    }

    @Override
    public void publish(Object event) {
        List<Object> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(listeners);
        }
        for (Object listener : snapshot) {
            for (Method m : listenerMethods(listener.getClass())) {
                if (m.getParameterTypes()[0].isInstance(event)) {
                    try {
                        m.setAccessible(true);
                        m.invoke(listener, event);
                    } catch (InvocationTargetException e) {
                        System.err.println("[sandbox] event listener " + listener.getClass().getName() + "."
                                + m.getName() + " failed: " + e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    public static List<Method> listenerMethods(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(EventListener.class) && m.getParameterCount() == 1) {
                    out.add(m);
                }
            }
        }
        out.sort(Comparator.comparingInt(m -> m.getAnnotation(EventListener.class).order()));
        return out;
    }
}
