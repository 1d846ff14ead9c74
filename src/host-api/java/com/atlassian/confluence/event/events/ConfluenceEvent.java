// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.event.events;

import com.atlassian.event.Event;
import java.io.Serializable;

/** Base of Confluence's events: equal when the sources are and the classes are the same. */
@SuppressWarnings("deprecation")
public abstract class ConfluenceEvent extends Event implements Serializable {

    public ConfluenceEvent(Object source) {
        super(source);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return super.equals(other) && getClass().equals(other.getClass());
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
