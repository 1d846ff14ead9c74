// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

// Published before the user is removed; the real class also implements the marker types.Removed.
public class UserRemoveEvent extends UserEvent {

    public UserRemoveEvent(Object source, User user) {
        super(source, user);
    }
}
