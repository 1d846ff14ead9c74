package org.tandem.mentoring.web.events;

import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.user.User;
import jakarta.inject.Named;
import org.tandem.mentoring.service.people.Departures;

/** Hands the host's user deactivation and removal events to {@link Departures}. */
@Named
public class UserEventsListener extends HostEventListener {

    private final UserAccessor userAccessor;
    private final Departures departures;

    public UserEventsListener(EventPublisher eventPublisher, UserAccessor userAccessor, Departures departures) {
        super(eventPublisher);
        this.userAccessor = userAccessor;
        this.departures = departures;
    }

    @EventListener
    public void onDeactivate(UserDeactivateEvent event) {
        String key = keyOf(event.getUser());
        if (key != null) {
            departures.deactivated(key);
        }
    }

    /** Published before the user is removed, so the key can still be looked up by name. */
    @EventListener
    public void onRemove(UserRemoveEvent event) {
        String key = keyOf(event.getUser());
        if (key != null) {
            departures.removed(key);
        }
    }

    private String keyOf(User user) {
        if (user instanceof ConfluenceUser confluenceUser && confluenceUser.getKey() != null) {
            return confluenceUser.getKey().getStringValue();
        }
        ConfluenceUser found = user == null ? null : userAccessor.getUserByName(user.getName());
        return found == null || found.getKey() == null ? null : found.getKey().getStringValue();
    }
}
