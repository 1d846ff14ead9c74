// Stand-in for com.atlassian.sal:sal-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

// The deprecated username-based members, authenticate, resolve and findGroupNamesByPrefix are left out.
public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);

    boolean isAnonymousAccessEnabled();

    boolean isLimitedUnlicensedAccessEnabled();
}
