// Stand-in for com.atlassian.crowd:embedded-crowd-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1) (isActive through the Crowd user)
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
