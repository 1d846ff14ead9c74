// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 (com/atlassian/confluence/event/events/security/ContentPermissionEvent.java)
package com.atlassian.confluence.event.events.security;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.security.ContentPermission;
import java.util.Objects;

public class ContentPermissionEvent extends ContentEvent {

    private final ContentPermission contentPermission;
    private final ContentEntityObject content;

    public ContentPermissionEvent(Object src, ContentEntityObject content, ContentPermission contentPermission) {
        super(src, false);
        this.content = Objects.requireNonNull(content);
        this.contentPermission = contentPermission;
    }

    /** Null when a whole set of restrictions changed. */
    public ContentPermission getContentPermission() {
        return contentPermission;
    }

    @Override
    public ContentEntityObject getContent() {
        return content;
    }
}
