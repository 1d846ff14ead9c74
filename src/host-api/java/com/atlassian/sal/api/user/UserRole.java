// Stand-in for com.atlassian.sal:sal-api.
package com.atlassian.sal.api.user;

public enum UserRole {
    USER,
    ADMIN,
    SYSADMIN
}
