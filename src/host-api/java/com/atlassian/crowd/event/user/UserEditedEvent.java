// Stand-in for com.atlassian.crowd:crowd-events.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1) (TokensRevokedEventListener)
package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.model.user.User;

/** The user as it is now ({@link #getUser()}) and as it was before the edit. */
public class UserEditedEvent extends UserUpdatedEvent {

    private final User originalUser;

    public UserEditedEvent(Object source, Directory directory, User user, User originalUser) {
        super(source, directory, user);
        if (originalUser == user) {
            throw new IllegalArgumentException("the original user must be another instance");
        }
        this.originalUser = originalUser;
    }

    public User getOriginalUser() {
        return originalUser;
    }
}
