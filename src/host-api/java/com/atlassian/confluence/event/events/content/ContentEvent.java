// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 (com/atlassian/confluence/event/events/content/ContentEvent.java)
package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.ConfluenceEvent;

// The real class implements Contented (getContent) and Timestamped; only getContent is kept, declared here.
public abstract class ContentEvent extends ConfluenceEvent {

    private boolean suppressNotifications;

    @Deprecated
    public ContentEvent(Object src, boolean suppressNotifications) {
        super(src);
        this.suppressNotifications = suppressNotifications;
    }

    public boolean isSuppressNotifications() {
        return suppressNotifications;
    }

    public abstract ContentEntityObject getContent();
}
