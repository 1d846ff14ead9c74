// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.event.events.user;

import com.atlassian.event.api.AsynchronousPreferred;
import com.atlassian.user.User;

// Published after the removal; the real class also implements the marker types.Removed.
@AsynchronousPreferred
public class UserRemoveCompletedEvent extends UserEvent {

    public UserRemoveCompletedEvent(Object source, User user) {
        super(source, user);
    }
}
