// Stand-in for com.atlassian.user:atlassian-user.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.user;

import java.security.Principal;

public interface User extends Entity, Principal {

    String getFullName();

    String getEmail();
}
