// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.security;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import java.util.Collection;
import java.util.List;

public interface SpacePermissionManager {

    boolean hasPermission(String permissionType, Space space, User user);

    boolean hasPermissionNoExemptions(String permissionType, Space space, User user);

    boolean hasAllPermissions(List<String> permissionTypes, Space space, User user);

    boolean groupHasPermission(String permissionType, Space space, String group);

    /** The users granted any permission on the space by name (not through a group). */
    Collection<User> getUsersWithPermissions(Space space);

    /** The groups granted any permission on the space. */
    Collection<Group> getGroupsWithPermissions(Space space);
}
