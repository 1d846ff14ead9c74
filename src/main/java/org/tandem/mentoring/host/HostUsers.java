package org.tandem.mentoring.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.inject.Named;
import java.util.Optional;

/** People as the host knows them, by user key. */
@Named
public class HostUsers {

    private final UserManager userManager;
    private final UserAccessor userAccessor;

    public HostUsers(UserManager userManager, UserAccessor userAccessor) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
    }

    /** The signed-in person's user key, empty for an anonymous visitor. */
    public Optional<String> currentUserKey() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }

    public boolean exists(String userKey) {
        return userKey != null && userManager.getUserProfile(new UserKey(userKey)) != null;
    }

    /** The host knows the person but their account is deactivated: they can no longer sign in or act. */
    public boolean isDeactivated(String userKey) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getExistingUserByKey(new UserKey(userKey));
        return user != null && userAccessor.isDeactivated(user);
    }

    /** The host knows the person and their account is active. */
    public boolean isActive(String userKey) {
        return exists(userKey) && !isDeactivated(userKey);
    }

    /** The full name, or the key itself for a person the host no longer knows. */
    public String displayName(String userKey) {
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null ? userKey : profile.getFullName();
    }

    /** A Confluence administrator or system administrator. */
    public boolean isAdmin(String userKey) {
        UserKey key = new UserKey(userKey);
        return userManager.isAdmin(key) || userManager.isSystemAdmin(key);
    }

    public boolean isInGroup(String userKey, String group) {
        return group != null && !group.isBlank() && userManager.isUserInGroup(new UserKey(userKey), group);
    }
}
