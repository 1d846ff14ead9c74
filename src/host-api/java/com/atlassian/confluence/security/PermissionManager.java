// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1) (ConfluenceUser parameters, commit 530392b)
package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.List;

/**
 * Every user parameter is ConfluenceUser, as on Confluence 10 (8.7 took com.atlassian.user.User): code that passes a
 * plain User must not compile here either.
 */
public interface PermissionManager {

    Object TARGET_APPLICATION = "APPLICATION";
    Object TARGET_SYSTEM = "SYSTEM";
    Object TARGET_PEOPLE_DIRECTORY = "PEOPLEDIRECTORY";

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    @SuppressWarnings("rawtypes")
    boolean hasPermission(ConfluenceUser user, Permission permission, Class targetType);

    boolean hasPermissionNoExemptions(ConfluenceUser user, Permission permission, Object target);

    boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate);

    <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> entities);

    boolean isConfluenceAdministrator(ConfluenceUser user);

    boolean isSystemAdministrator(ConfluenceUser user);
}
