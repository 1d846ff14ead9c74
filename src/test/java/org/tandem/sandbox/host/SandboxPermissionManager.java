package org.tandem.sandbox.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import org.tandem.sandbox.SandboxContent;
import org.tandem.sandbox.SandboxPermissions;
import org.tandem.sandbox.SandboxUsers;

import java.util.List;
import java.util.Optional;

/** Confluence's PermissionManager and SpacePermissionManager, answered from space permissions and restrictions. */
public final class SandboxPermissionManager implements PermissionManager, SpacePermissionManager {

    private final SandboxPermissions permissions;
    private final SandboxContent content;
    private final SandboxUsers users;

    public SandboxPermissionManager(SandboxPermissions permissions, SandboxContent content, SandboxUsers users) {
        this.permissions = permissions;
        this.content = content;
        this.users = users;
    }

    private String keyOf(User user) {
        if (user == null) {
            return null;
        }
        if (user instanceof ConfluenceUser cu && cu.getKey() != null) {
            return cu.getKey().getStringValue();
        }
        return users.byUsername(user.getName()).map(SandboxUsers.Person::key).orElse(null);
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        String key = keyOf(user);
        if (key != null && users.isDeactivated(key)) {
            return false;
        }
        if (target instanceof Space space) {
            return permissions.hasSpacePermission(key, spacePermission(permission), space.getKey());
        }
        if (target instanceof SpaceContentEntityObject || target instanceof ContentEntityObject) {
            Optional<SandboxContent.Page> page = content.page(((ContentEntityObject) target).getId());
            if (page.isEmpty()) {
                return false;
            }
            if (permission == Permission.VIEW || permission == Permission.EXPORT) {
                return permissions.canView(key, page.get());
            }
            if (permission == Permission.ADMINISTER) {
                return permissions.canAdministerSpace(key, page.get().spaceKey());
            }
            return permissions.canEdit(key, page.get());
        }
        if (permission == Permission.ADMINISTER || permission == Permission.SET_PERMISSIONS) {
            return key != null && users.isAdmin(key);
        }
        // application, system, people directory, users: any signed-in person may view
        return key != null || (permission == Permission.VIEW && TARGET_APPLICATION.equals(target));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean hasPermission(ConfluenceUser user, Permission permission, Class targetType) {
        String key = keyOf(user);
        if (permission == Permission.ADMINISTER) {
            return key != null && users.isAdmin(key);
        }
        return key != null;
    }

    @Override
    public boolean hasPermissionNoExemptions(ConfluenceUser user, Permission permission, Object target) {
        return hasPermission(user, permission, target);
    }

    @Override
    public boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate) {
        String key = keyOf(user);
        if (container instanceof Space space) {
            return permissions.hasSpacePermission(key, SandboxPermissions.EDITSPACE, space.getKey());
        }
        if (container instanceof Page page) {
            return content.page(page.getId()).map(p -> permissions.canView(key, p)
                    && permissions.hasSpacePermission(key, SandboxPermissions.EDITSPACE, p.spaceKey())).orElse(false);
        }
        if (TARGET_APPLICATION.equals(container) && typeToCreate == Space.class) {
            return permissions.canCreateSpace(key);
        }
        return key != null && users.isAdmin(key);
    }

    @Override
    public <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> entities) {
        return entities.stream().filter(e -> hasPermission(user, permission, e)).map(e -> (X) e).toList();
    }

    @Override
    public boolean isConfluenceAdministrator(ConfluenceUser user) {
        String key = keyOf(user);
        return key != null && users.isAdmin(key);
    }

    @Override
    public boolean isSystemAdministrator(ConfluenceUser user) {
        return isConfluenceAdministrator(user);
    }

    private static String spacePermission(Permission p) {
        if (p == Permission.VIEW || p == Permission.EXPORT) {
            return SandboxPermissions.VIEWSPACE;
        }
        if (p == Permission.ADMINISTER || p == Permission.SET_PERMISSIONS) {
            return SandboxPermissions.SETSPACEPERMISSIONS;
        }
        return SandboxPermissions.EDITSPACE;
    }

    // ---- SpacePermissionManager

    @Override
    public boolean hasPermission(String permissionType, Space space, User user) {
        return permissions.hasSpacePermission(keyOf(user), permissionType, space.getKey());
    }

    @Override
    public boolean hasPermissionNoExemptions(String permissionType, Space space, User user) {
        return hasPermission(permissionType, space, user);
    }

    @Override
    public boolean hasAllPermissions(List<String> permissionTypes, Space space, User user) {
        return permissionTypes.stream().allMatch(t -> hasPermission(t, space, user));
    }

    @Override
    public boolean groupHasPermission(String permissionType, Space space, String group) {
        return content.permissions(space.getKey()).stream().anyMatch(p -> p.permission().equals(permissionType)
                && p.kind().equals("group") && p.subject().equals(group));
    }

    @Override
    public java.util.Collection<User> getUsersWithPermissions(Space space) {
        return content.permissions(space.getKey()).stream().filter(p -> p.kind().equals("user"))
                .map(p -> users.byKey(p.subject())).flatMap(java.util.Optional::stream).distinct()
                .map(p -> (User) new SandboxUser(p)).toList();
    }

    @Override
    public java.util.Collection<com.atlassian.user.Group> getGroupsWithPermissions(Space space) {
        return content.permissions(space.getKey()).stream().filter(p -> p.kind().equals("group"))
                .map(p -> p.subject()).distinct().map(g -> (com.atlassian.user.Group) new SandboxGroup(g)).toList();
    }
}
