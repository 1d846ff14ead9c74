// Stand-in for com.atlassian.crowd:crowd-events.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1) (getUser through UserEditedEvent)
package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.user.User;

/** The real class keeps an immutable copy of the user; the stand-in keeps the user it is given. */
public abstract class UserUpdatedEvent extends DirectoryEvent {

    private final User user;

    public UserUpdatedEvent(Object source, Directory directory, User user) {
        super(source, directory);
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}
