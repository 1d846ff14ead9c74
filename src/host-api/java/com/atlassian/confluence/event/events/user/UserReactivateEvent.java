// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

// The real class also implements the marker types.Updated.
public class UserReactivateEvent extends UserEvent {

    private final boolean suppressWebhook;

    public UserReactivateEvent(Object source, User user) {
        this(source, user, false);
    }

    public UserReactivateEvent(Object source, User user, boolean suppressWebhook) {
        super(source, user);
        this.suppressWebhook = suppressWebhook;
    }

    public boolean isSuppressWebhook() {
        return suppressWebhook;
    }
}
