// Stand-in for com.atlassian.crowd:crowd-events.
// seen: decompiled crowd-events (com.atlassian.crowd.event.user.UsersDeletedEvent, extends DirectoryEvent)
package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import java.util.Collection;

/** Published after a batch of users has left a directory (a synchronisation removes many at once). */
public class UsersDeletedEvent extends DirectoryEvent {

    private final Collection<String> usernames;

    public UsersDeletedEvent(Object source, Directory directory, Collection<String> usernames) {
        super(source, directory);
        this.usernames = usernames;
    }

    public Collection<String> getUsernames() {
        return usernames;
    }
}
