// Stand-in for com.atlassian.crowd:embedded-crowd-api.
package com.atlassian.crowd.embedded.api;

import java.security.Principal;

public interface User extends Comparable<User>, Principal {

    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();

    @Override
    int compareTo(User other);
}
