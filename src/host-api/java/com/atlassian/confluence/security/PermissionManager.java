// Stand-in for com.atlassian.confluence:confluence.
package com.atlassian.confluence.security;

import com.atlassian.user.User;
import java.util.List;

public interface PermissionManager {

    Object TARGET_APPLICATION = "APPLICATION";
    Object TARGET_SYSTEM = "SYSTEM";
    Object TARGET_PEOPLE_DIRECTORY = "PEOPLEDIRECTORY";

    boolean hasPermission(User user, Permission permission, Object target);

    @SuppressWarnings("rawtypes")
    boolean hasPermission(User user, Permission permission, Class targetType);

    boolean hasPermissionNoExemptions(User user, Permission permission, Object target);

    boolean hasCreatePermission(User user, Object container, Class<?> typeToCreate);

    <X> List<X> getPermittedEntities(User user, Permission permission, List<? extends X> entities);

    boolean isConfluenceAdministrator(User user);

    boolean isSystemAdministrator(User user);
}
