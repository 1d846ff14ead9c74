// Stand-in for com.atlassian.event:atlassian-event.
package com.atlassian.event.api;

public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
