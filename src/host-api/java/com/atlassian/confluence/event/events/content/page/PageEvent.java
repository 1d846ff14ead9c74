// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 (com/atlassian/confluence/event/events/content/page/PageEvent.java)
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;
import java.util.Objects;

public abstract class PageEvent extends ContentEvent {

    private final Page page;

    @Deprecated
    public PageEvent(Object source, Page page, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.page = Objects.requireNonNull(page);
    }

    public Page getPage() {
        return page;
    }

    @Override
    public ContentEntityObject getContent() {
        return getPage();
    }
}
