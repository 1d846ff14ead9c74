package org.tandem.sandbox.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import jakarta.servlet.http.HttpServletRequest;
import org.tandem.sandbox.RequestScope;
import org.tandem.sandbox.SandboxUsers;

import java.util.ArrayList;
import java.util.List;

/** Confluence's UserAccessor and SAL's UserManager over the sandbox directory and the request scope. */
public final class SandboxUserServices implements UserAccessor, UserManager {

    private final SandboxUsers users;
    private final RequestScope scope;

    public SandboxUserServices(SandboxUsers users, RequestScope scope) {
        this.users = users;
        this.scope = scope;
    }

    public ConfluenceUser wrap(SandboxUsers.Person p) {
        return p == null ? null : new SandboxUser(p);
    }

    private static String key(User user) {
        if (user instanceof ConfluenceUser cu && cu.getKey() != null) {
            return cu.getKey().getStringValue();
        }
        return null;
    }

    private String keyOf(User user) {
        String k = key(user);
        if (k == null && user != null) {
            k = users.byUsername(user.getName()).map(SandboxUsers.Person::key).orElse(null);
        }
        return k;
    }

    // ---- UserAccessor

    @Override
    public ConfluenceUser getUserByKey(UserKey userKey) {
        return userKey == null ? null : wrap(users.byKey(userKey.getStringValue()).orElse(null));
    }

    @Override
    public ConfluenceUser getExistingUserByKey(UserKey userKey) {
        return getUserByKey(userKey);
    }

    @Override
    public ConfluenceUser getUserByName(String username) {
        return wrap(users.byUsername(username).orElse(null));
    }

    @Override
    public List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys) {
        List<ConfluenceUser> out = new ArrayList<>();
        for (UserKey k : userKeys) {
            ConfluenceUser u = getUserByKey(k);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    @Override
    public Pager<User> getUsers() {
        List<User> everyone = new ArrayList<>();
        for (SandboxUsers.Person p : users.all()) {
            everyone.add(new SandboxUser(p));
        }
        return everyone::iterator;
    }

    @Override
    public boolean exists(String username) {
        return users.byUsername(username).isPresent();
    }

    @Override
    public boolean isDeactivated(User user) {
        String k = keyOf(user);
        return k != null && users.isDeactivated(k);
    }

    @Override
    public boolean isDeactivated(String username) {
        return users.byUsername(username).map(p -> users.isDeactivated(p.key())).orElse(false);
    }

    @Override
    public List<String> getGroupNames(User user) {
        String k = keyOf(user);
        return k == null ? List.of() : users.groupsOf(k);
    }

    @Override
    public List<String> getGroupNamesForUserName(String username) {
        return users.byUsername(username).map(p -> users.groupsOf(p.key())).orElse(List.of());
    }

    @Override
    public boolean hasMembership(String groupName, String username) {
        return users.byUsername(username).map(p -> users.isMember(p.key(), groupName)).orElse(false);
    }

    @Override
    public com.atlassian.user.Group getGroup(String name) {
        return name != null && users.groups().contains(name) ? new SandboxGroup(name) : null;
    }

    @Override
    public List<String> getMemberNamesAsList(com.atlassian.user.Group group) {
        return users.members(group.getName()).stream().map(users::byKey).flatMap(java.util.Optional::stream)
                .map(SandboxUsers.Person::username).toList();
    }

    // ---- SAL UserManager

    @Override
    public UserProfile getRemoteUser() {
        return scope.user().map(SandboxUser::new).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        String k = scope.userKey();
        return k == null ? null : new UserKey(k);
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return users.byUsername(username).map(SandboxUser::new).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.byKey(userKey.getStringValue()).map(SandboxUser::new).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && users.isMember(userKey.getStringValue(), group);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return userKey != null && users.isAdmin(userKey.getStringValue());
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return isSystemAdmin(userKey);
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return userKey != null && users.byKey(userKey.getStringValue()).isPresent()
                && !users.isDeactivated(userKey.getStringValue());
    }

    @Override
    public boolean isAnonymousAccessEnabled() {
        return true;
    }

    @Override
    public boolean isLimitedUnlicensedAccessEnabled() {
        return false;
    }
}
