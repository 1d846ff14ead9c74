// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.security;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.core.bean.EntityObject;
import com.atlassian.sal.api.user.UserKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

// The restrictions of one type (View or Edit) on one piece of content; isPermitted(User) is left out.
public class ContentPermissionSet extends EntityObject implements Iterable<ContentPermission>, Serializable {

    private final Set<ContentPermission> contentPermissions = new TreeSet<>();
    private ContentEntityObject owningContent;
    private String type;

    public ContentPermissionSet() {
    }

    public ContentPermissionSet(String type, ContentEntityObject owningContent) {
        this.type = type;
        this.owningContent = owningContent;
    }

    public void addContentPermission(ContentPermission contentPermission) {
        if (contentPermissions.add(contentPermission)) {
            contentPermission.setOwningSet(this);
        }
    }

    public void removeContentPermission(ContentPermission contentPermission) {
        if (contentPermissions.remove(contentPermission)) {
            contentPermission.setOwningSet(null);
        }
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isEmpty() {
        return contentPermissions.isEmpty();
    }

    public int size() {
        return contentPermissions.size();
    }

    public boolean contains(ContentPermission contentPermission) {
        return contentPermissions.contains(contentPermission);
    }

    public ContentEntityObject getOwningContent() {
        return owningContent;
    }

    public void setOwningContent(ContentEntityObject owningContent) {
        this.owningContent = owningContent;
    }

    @Override
    public Iterator<ContentPermission> iterator() {
        return Collections.unmodifiableCollection(contentPermissions).iterator();
    }

    public List<String> getGroupNames() {
        List<String> result = new ArrayList<>();
        for (ContentPermission permission : contentPermissions) {
            if (permission.isGroupPermission()) {
                result.add(permission.getGroupName());
            }
        }
        return result;
    }

    public List<UserKey> getUserKeys() {
        List<UserKey> result = new ArrayList<>();
        for (ContentPermission permission : contentPermissions) {
            if (permission.isUserPermission()) {
                result.add(permission.getUserSubject().getKey());
            }
        }
        return result;
    }
}
