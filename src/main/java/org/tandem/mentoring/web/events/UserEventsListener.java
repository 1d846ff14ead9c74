package org.tandem.mentoring.web.events;

import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.event.user.UserDeletedEvent;
import com.atlassian.crowd.event.user.UserEditedEvent;
import com.atlassian.crowd.event.user.UsersDeletedEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tandem.mentoring.service.people.Departures;

/**
 * Hands the host's news of people leaving to {@link Departures}. Two families of events say it:
 * <ul>
 * <li>Crowd's directory events, which Atlassian's own apps for Confluence 10 listen to, and which fire for local
 * directories and for directory synchronisation alike: {@link UserDeletedEvent} (after the user has left the
 * directory; it gives only the user name), its batch form {@link UsersDeletedEvent}, and {@link UserEditedEvent}
 * (deactivation is an edit from active to inactive);</li>
 * <li>Confluence's own {@link UserRemoveEvent} (before a removal, with the user and so the key) and
 * {@link UserDeactivateEvent}, kept for as long as Confluence publishes them.</li>
 * </ul>
 * One change can so arrive twice; {@link Departures} does nothing the second time.
 */
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

    /** Published before the user is removed, with the user itself: no look-up needed. */
    @EventListener
    public void onRemove(UserRemoveEvent event) {
        String key = keyOf(event.getUser());
        if (key != null) {
            departures.removed(key);
        }
    }

    /** A deactivation in a directory, local or synchronised; other edits (name, e-mail, reactivation) do not matter. */
    @EventListener
    public void onDirectoryUserEdited(UserEditedEvent event) {
        if (event.getOriginalUser() == null || event.getUser() == null || !event.getOriginalUser().isActive()
                || event.getUser().isActive()) {
            return;
        }
        ConfluenceUser user = userAccessor.getUserByName(event.getUser().getName());
        if (user != null && user.getKey() != null) {
            departures.deactivated(user.getKey().getStringValue());
        }
    }

    /**
     * A user deleted from a directory. The name no longer resolves through the directory, so the key is found in
     * Confluence's user mapping (which outlives the directory entry) among the people Tandem holds records of. If
     * the name still resolves, another directory still holds the person and nothing has changed for Tandem.
     */
    @EventListener
    public void onDirectoryUserDeleted(UserDeletedEvent event) {
        deleted(event.getUsername() == null ? List.of() : List.of(event.getUsername()));
    }

    /** The batch form a directory synchronisation publishes: the people on record are read once for the batch. */
    @EventListener
    public void onDirectoryUsersDeleted(UsersDeletedEvent event) {
        deleted(event.getUsernames() == null ? List.of() : event.getUsernames());
    }

    private void deleted(Collection<String> usernames) {
        Set<String> gone = new HashSet<>();
        for (String username : usernames) {
            if (username != null && userAccessor.getUserByName(username) == null) {
                gone.add(username.toLowerCase(Locale.ROOT));
            }
        }
        formerKeys(gone).forEach(departures::removed);
    }

    private List<String> formerKeys(Set<String> lowerNames) {
        if (lowerNames.isEmpty()) {
            return List.of();
        }
        List<UserKey> onRecord = departures.peopleOnRecord().stream().map(UserKey::new).toList();
        if (onRecord.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (ConfluenceUser user : userAccessor.getUsersByUserKeys(onRecord)) {
            if (user != null && user.getKey() != null && user.getName() != null
                    && lowerNames.contains(user.getName().toLowerCase(Locale.ROOT))) {
                keys.add(user.getKey().getStringValue());
            }
        }
        return keys;
    }

    private String keyOf(User user) {
        if (user instanceof ConfluenceUser confluenceUser && confluenceUser.getKey() != null) {
            return confluenceUser.getKey().getStringValue();
        }
        ConfluenceUser found = user == null ? null : userAccessor.getUserByName(user.getName());
        return found == null || found.getKey() == null ? null : found.getKey().getStringValue();
    }
}
