// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence SpaceRemoveEvent(Object, Space, ProgressMeter) implements Removed; public plugins listen to it
package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.event.events.types.Removed;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

// Published while a space is being removed, with the space as it was.
public class SpaceRemoveEvent extends SpaceEvent implements Removed {

    private final ProgressMeter progressMeter;

    public SpaceRemoveEvent(Object src, Space removedSpace, ProgressMeter progressMeter) {
        super(src, removedSpace);
        this.progressMeter = progressMeter;
    }

    public ProgressMeter getProgressMeter() {
        return progressMeter;
    }
}
