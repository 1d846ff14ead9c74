// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.event.events.types;

/** Marks an event that announces something new. */
public interface Created {
}
