// Stand-in for com.atlassian.event:atlassian-event.
// seen: decompiled Confluence 8.7.2 only (atlassian-event 5.0.2)
package com.atlassian.event;

import org.springframework.context.ApplicationEvent;

/** Deprecated in the real library, but still the base of Confluence's own events. Equal when the sources are. */
@Deprecated
public class Event extends ApplicationEvent {

    public Event(Object source) {
        super(source);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Event event)) {
            return false;
        }
        return source == null ? event.source == null : source.equals(event.source);
    }

    @Override
    public int hashCode() {
        return source == null ? 0 : source.hashCode();
    }
}
