// Stand-in for com.atlassian.crowd:crowd-events.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1) (TokensRevokedEventListener)
package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;

/** Published after the user has left the directory, so the name may no longer resolve. */
@Deprecated
public class UserDeletedEvent extends DirectoryEvent {

    private final String username;

    public UserDeletedEvent(Object source, Directory directory, String username) {
        super(source, directory);
        this.username = username;
    }

    public String getUsername() {
        return username;
    }
}
