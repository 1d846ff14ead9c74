package org.tandem.mentoring.host;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Named;

/** Space permissions, asked of the host for a user key (null for anonymous). */
@Named
public class HostSpaces {

    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;

    public HostSpaces(SpaceManager spaceManager, PermissionManager permissionManager, UserAccessor userAccessor) {
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
    }

    public boolean exists(String spaceKey) {
        return spaceKey != null && spaceManager.getSpace(spaceKey) != null;
    }

    /** The id of the space that bears this key now, or 0 when there is none. */
    public long idOf(String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        return space == null ? 0L : space.getId();
    }

    public boolean canView(String userKey, String spaceKey) {
        return has(userKey, spaceKey, Permission.VIEW);
    }

    public boolean canAdminister(String userKey, String spaceKey) {
        return has(userKey, spaceKey, Permission.ADMINISTER);
    }

    /** Whether the person holds Confluence's global "create space" permission. */
    public boolean canCreateSpaces(String userKey) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        return user != null && permissionManager.hasCreatePermission(user, PermissionManager.TARGET_APPLICATION,
                Space.class);
    }

    private boolean has(String userKey, String spaceKey, Permission permission) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        if (space == null) {
            return false;
        }
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        if (userKey != null && user == null) {
            return false;
        }
        return permissionManager.hasPermission(user, permission, space);
    }
}
