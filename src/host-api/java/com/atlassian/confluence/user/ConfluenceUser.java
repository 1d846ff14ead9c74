// Stand-in for com.atlassian.confluence:confluence.
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

// The real interface also extends the internal RelatableEntity, left out here.
public interface ConfluenceUser extends User {

    UserKey getKey();
}
