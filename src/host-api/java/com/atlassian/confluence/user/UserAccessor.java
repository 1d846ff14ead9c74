// Stand-in for com.atlassian.confluence:confluence.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3); atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import java.util.List;

// Only the members a plugin uses; in the real API several of them come from super-interfaces
// (ConfluenceUserResolver, bucket.user.UserAccessor, UserExistenceChecker), folded in here.
public interface UserAccessor {

    ConfluenceUser getUserByKey(UserKey userKey);

    ConfluenceUser getUserByName(String username);

    /** Like getUserByKey, but null for a key whose user has been deleted. */
    ConfluenceUser getExistingUserByKey(UserKey userKey);

    List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys);

    /** Every user of every directory (from bucket.user.UserAccessor); the users are ConfluenceUser instances. */
    Pager<User> getUsers();

    boolean exists(String username);

    @Deprecated
    boolean isDeactivated(User user);

    @Deprecated
    boolean isDeactivated(String username);

    List<String> getGroupNames(User user);

    List<String> getGroupNamesForUserName(String username);

    boolean hasMembership(String groupName, String username);

    /** The group of this name, or null (from bucket.user.UserAccessor). */
    Group getGroup(String name);

    /** The user names of the group's members (from GroupMembershipAccessor). */
    List<String> getMemberNamesAsList(Group group);
}
