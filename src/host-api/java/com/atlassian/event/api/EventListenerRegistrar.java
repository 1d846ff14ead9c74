// Stand-in for com.atlassian.event:atlassian-event.
package com.atlassian.event.api;

public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
