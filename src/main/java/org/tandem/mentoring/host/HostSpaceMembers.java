package org.tandem.mentoring.host;

import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who holds a space's permissions, for mail to the people who run it: the users granted a permission by name and
 * the members of the groups granted one (the caller keeps those who may administer the space), and a group's
 * members. User keys throughout.
 */
@Named
public class HostSpaceMembers {

    private final SpaceManager spaceManager;
    private final SpacePermissionManager spacePermissions;
    private final UserAccessor userAccessor;

    public HostSpaceMembers(SpaceManager spaceManager, SpacePermissionManager spacePermissions,
            UserAccessor userAccessor) {
        this.spaceManager = spaceManager;
        this.spacePermissions = spacePermissions;
        this.userAccessor = userAccessor;
    }

    /** Everyone granted some permission on the space, by name or through a group; empty for no such space. */
    public Set<String> withPermissions(String spaceKey) {
        Set<String> keys = new LinkedHashSet<>();
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        if (space == null) {
            return keys;
        }
        for (User user : spacePermissions.getUsersWithPermissions(space)) {
            add(keys, user.getName());
        }
        for (Group group : spacePermissions.getGroupsWithPermissions(space)) {
            userAccessor.getMemberNamesAsList(group).forEach(name -> add(keys, name));
        }
        return keys;
    }

    /** The members of the group; empty for no such group. */
    public Set<String> groupMembers(String groupName) {
        Set<String> keys = new LinkedHashSet<>();
        Group group = groupName == null ? null : userAccessor.getGroup(groupName);
        if (group != null) {
            userAccessor.getMemberNamesAsList(group).forEach(name -> add(keys, name));
        }
        return keys;
    }

    private void add(Set<String> keys, String username) {
        ConfluenceUser user = username == null ? null : userAccessor.getUserByName(username);
        if (user != null && user.getKey() != null) {
            keys.add(user.getKey().getStringValue());
        }
    }
}
