// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

// The real interface also extends the internal RelatableEntity, left out here.
public interface ConfluenceUser extends User {

    UserKey getKey();
}
