// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.core;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.ContentPermissionSet;
import com.atlassian.user.User;
import java.util.Collection;
import java.util.List;
import java.util.Map;

// Lives in package core, not security, in the real API.
public interface ContentPermissionManager {

    void addContentPermission(ContentPermission permission, ContentEntityObject content);

    void setContentPermissions(Collection<ContentPermission> permissions, ContentEntityObject content, String type);

    void setContentPermissions(Map<String, Collection<ContentPermission>> permissionsByType, ContentEntityObject content);

    void removeContentPermission(ContentPermission permission);

    boolean hasContentLevelPermission(User user, String permissionType, ContentEntityObject content);

    List<ContentPermissionSet> getContentPermissionSets(ContentEntityObject content, String type);

    List<ContentPermissionSet> getInheritedContentPermissionSets(ContentEntityObject content);

    List<Page> getPermittedChildren(Page page, User user);

    boolean isPermissionInherited(Page page);

    void copyContentPermissions(ContentEntityObject source, ContentEntityObject destination);
}
