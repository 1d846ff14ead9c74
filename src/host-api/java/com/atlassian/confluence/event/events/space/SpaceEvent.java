// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.spaces.Space;

public abstract class SpaceEvent extends ConfluenceEvent {

    private final Space space;

    public SpaceEvent(Object source, Space space) {
        super(source);
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}
