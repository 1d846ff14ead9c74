// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.security;

import com.atlassian.confluence.core.ConfluenceEntityObject;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Comparator;
import java.util.Objects;

/**
 * A page restriction entry. The real factories also stamp the creator from the current user, and
 * isPermitted(User) asks the user directory; both are host behaviour and left out.
 */
public class ContentPermission extends ConfluenceEntityObject implements Comparable<ContentPermission> {

    public static final String VIEW_PERMISSION = "View";
    public static final String EDIT_PERMISSION = "Edit";
    public static final String SHARED_PERMISSION = "Share";

    private String type;
    private ConfluenceUser userSubject;
    private String groupName;
    private ContentPermissionSet owningSet;

    public ContentPermission() {
    }

    protected ContentPermission(String type, String groupName, ConfluenceUser user) {
        this.type = type;
        this.groupName = groupName;
        this.userSubject = user;
    }

    public static ContentPermission createUserPermission(String type, ConfluenceUser user) {
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("Type is required.");
        }
        if (user == null) {
            throw new IllegalArgumentException("user is required.");
        }
        return new ContentPermission(type, null, user);
    }

    public static ContentPermission createGroupPermission(String type, String groupName) {
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("Type is required.");
        }
        if (groupName == null || groupName.isEmpty()) {
            throw new IllegalArgumentException("Groupname is required.");
        }
        return new ContentPermission(type, groupName, null);
    }

    public boolean isGroupPermission() {
        return groupName != null;
    }

    public boolean isUserPermission() {
        return userSubject != null;
    }

    public String getType() {
        return type;
    }

    public ConfluenceUser getUserSubject() {
        return userSubject;
    }

    public void setSubject(ConfluenceUser subject) {
        this.userSubject = subject;
    }

    public String getGroupName() {
        return groupName;
    }

    public ContentPermissionSet getOwningSet() {
        return owningSet;
    }

    public void setOwningSet(ContentPermissionSet owningSet) {
        this.owningSet = owningSet;
    }

    @Override
    public int compareTo(ContentPermission that) {
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        int byType = nullsFirst.compare(type, that.type);
        if (byType != 0) {
            return byType;
        }
        int byUser = nullsFirst.compare(userSubject == null ? null : userSubject.getName(),
                that.userSubject == null ? null : that.userSubject.getName());
        return byUser != 0 ? byUser : nullsFirst.compare(groupName, that.groupName);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        ContentPermission that = (ContentPermission) other;
        return Objects.equals(type, that.type) && Objects.equals(userSubject, that.userSubject)
                && Objects.equals(groupName, that.groupName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, userSubject, groupName);
    }
}
