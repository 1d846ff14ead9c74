// Stand-in for com.atlassian.event:atlassian-event.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.event.api;

public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
