// Stand-in for com.atlassian.confluence:confluence.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.confluence.core;

import java.util.Objects;

/**
 * Page-like content. The real class sits below AbstractVersionedEntityObject and
 * AbstractLabelableEntityObject (left out: a plugin never names them) and keeps the body in
 * BodyContent objects; the stand-in keeps the storage-format body as a string.
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject {

    public static final String CURRENT = "current";
    public static final String DELETED = "deleted";
    public static final String DRAFT = "draft";

    private String title;
    private String body = "";
    private String contentStatus = CURRENT;

    protected ContentEntityObject() {
    }

    public abstract String getType();

    public abstract String getUrlPath();

    public String getIdAsString() {
        return Long.toString(getId());
    }

    public String getDisplayTitle() {
        return getTitle();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyAsString() {
        return body;
    }

    public void setBodyAsString(String content) {
        this.body = content;
    }

    public String getContentStatus() {
        return contentStatus;
    }

    public void setContentStatus(String contentStatus) {
        this.contentStatus = contentStatus;
    }

    public boolean isCurrent() {
        return CURRENT.equals(contentStatus);
    }

    public boolean isDeleted() {
        return DELETED.equals(contentStatus);
    }

    public boolean isDraft() {
        return DRAFT.equals(contentStatus);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || !super.equals(other)) {
            return false;
        }
        String otherTitle = ((ContentEntityObject) other).getTitle();
        return title == null ? otherTitle == null : title.equalsIgnoreCase(otherTitle);
    }

    @Override
    public int hashCode() {
        return 29 * super.hashCode() + Objects.hashCode(title == null ? null : title.toLowerCase());
    }
}
