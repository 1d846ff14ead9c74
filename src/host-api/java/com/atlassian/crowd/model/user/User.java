// Stand-in for com.atlassian.crowd:crowd-integration-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1) (TokensRevokedEventListenerTest)
package com.atlassian.crowd.model.user;

import java.security.Principal;

/** The real interface also extends com.atlassian.crowd.model.DirectoryEntity (getDirectoryId, getName). */
public interface User extends Principal, com.atlassian.crowd.embedded.api.User {

    String getFirstName();

    String getLastName();

    String getExternalId();
}
