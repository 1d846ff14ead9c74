// Stand-in for com.atlassian.event:atlassian-event.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.event.api;

public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
