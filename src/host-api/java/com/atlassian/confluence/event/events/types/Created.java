// Stand-in for com.atlassian.confluence:confluence.
package com.atlassian.confluence.event.events.types;

/** Marks an event that announces something new. */
public interface Created {
}
