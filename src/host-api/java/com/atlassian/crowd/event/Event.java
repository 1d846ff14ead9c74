// Stand-in for com.atlassian.crowd:crowd-events.
// seen: decompiled Confluence 8.7.2 only (crowd-events 5.1.6)
package com.atlassian.crowd.event;

/** Crowd's own event base (not com.atlassian.event.Event). */
@Deprecated
public abstract class Event {

    private final Object source;
    private final long timestamp;

    public Event(Object source) {
        this.source = source;
        this.timestamp = System.currentTimeMillis();
    }

    @Deprecated
    public Object getSource() {
        return source;
    }

    public long getTimestamp() {
        return timestamp;
    }
}
