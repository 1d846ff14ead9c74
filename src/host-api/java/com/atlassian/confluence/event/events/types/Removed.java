// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence SpaceRemoveEvent, which implements com.atlassian.confluence.event.events.types.Removed
package com.atlassian.confluence.event.events.types;

/** Marks an event that announces a removal. */
public interface Removed {
}
