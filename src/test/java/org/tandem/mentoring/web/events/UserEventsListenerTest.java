package org.tandem.mentoring.web.events;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.user.UserDeletedEvent;
import com.atlassian.crowd.event.user.UsersDeletedEvent;
import com.atlassian.crowd.event.user.UserEditedEvent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.service.people.Departures;

public class UserEventsListenerTest {

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final Departures departures = mock(Departures.class);
    private final UserEventsListener listener = new UserEventsListener(publisher, userAccessor, departures);

    @Test
    public void lifecycle_shouldRegisterAndUnregisterWithTheEventPublisher() {
        listener.afterPropertiesSet();
        verify(publisher).register(listener);

        listener.destroy();
        verify(publisher).unregister(listener);
    }

    @Test
    public void onDeactivate_shouldPassTheUserKeyOn() {
        ConfluenceUser mia = mock(ConfluenceUser.class);
        when(mia.getKey()).thenReturn(new UserKey("k-mia"));

        listener.onDeactivate(new UserDeactivateEvent(this, mia));

        verify(departures).deactivated("k-mia");
    }

    @Test
    public void onRemove_shouldLookThePlainUserUpByName() {
        User plain = mock(User.class);
        when(plain.getName()).thenReturn("mia");
        ConfluenceUser mia = mock(ConfluenceUser.class);
        when(mia.getKey()).thenReturn(new UserKey("k-mia"));
        when(userAccessor.getUserByName("mia")).thenReturn(mia);

        listener.onRemove(new UserRemoveEvent(this, plain));

        verify(departures).removed("k-mia");
    }

    @Test
    public void onRemove_shouldIgnoreAUserTheHostNoLongerKnows() {
        User ghost = mock(User.class);
        when(ghost.getName()).thenReturn("ghost");

        listener.onRemove(new UserRemoveEvent(this, ghost));

        verifyNoInteractions(departures);
        verify(departures, never()).deactivated("ghost");
    }

    @Test
    public void onDirectoryUserDeleted_shouldFindTheKeyOfTheDeletedNameAmongThePeopleOnRecord() {
        ConfluenceUser olga = confluenceUser("olga", "k-olga");
        ConfluenceUser mia = confluenceUser("mia", "k-mia");
        when(departures.peopleOnRecord()).thenReturn(Set.of("k-olga", "k-mia"));
        when(userAccessor.getUsersByUserKeys(org.mockito.ArgumentMatchers.anyList())).thenReturn(List.of(olga, mia));

        listener.onDirectoryUserDeleted(new UserDeletedEvent(this, mock(Directory.class), "Mia"));

        verify(departures).removed("k-mia");
        verify(departures, never()).removed("k-olga");
    }

    @Test
    public void onDirectoryUsersDeleted_shouldRemoveEveryGoneNameWithOneLookUpOfThePeopleOnRecord() {
        ConfluenceUser olga = confluenceUser("olga", "k-olga");
        ConfluenceUser mia = confluenceUser("mia", "k-mia");
        ConfluenceUser noah = confluenceUser("noah", "k-noah");
        when(departures.peopleOnRecord()).thenReturn(Set.of("k-olga", "k-mia", "k-noah"));
        when(userAccessor.getUsersByUserKeys(org.mockito.ArgumentMatchers.anyList()))
                .thenReturn(List.of(olga, mia, noah));
        when(userAccessor.getUserByName("noah")).thenReturn(noah);

        listener.onDirectoryUsersDeleted(new UsersDeletedEvent(this, mock(Directory.class),
                List.of("Mia", "olga", "noah", "ghost")));

        verify(departures).removed("k-mia");
        verify(departures).removed("k-olga");
        verify(departures, never()).removed("k-noah");
        verify(userAccessor, org.mockito.Mockito.times(1))
                .getUsersByUserKeys(org.mockito.ArgumentMatchers.anyList());
    }

    @Test
    public void onDirectoryUserDeleted_shouldDoNothingWhileTheNameStillResolves() {
        ConfluenceUser mia = confluenceUser("mia", "k-mia");
        when(userAccessor.getUserByName("mia")).thenReturn(mia);

        listener.onDirectoryUserDeleted(new UserDeletedEvent(this, mock(Directory.class), "mia"));

        verify(departures, never()).removed(anyString());
    }

    @Test
    public void onDirectoryUserDeleted_shouldIgnoreANameTandemHasNoRecordOf() {
        when(departures.peopleOnRecord()).thenReturn(Set.of());

        listener.onDirectoryUserDeleted(new UserDeletedEvent(this, mock(Directory.class), "ghost"));

        verify(departures, never()).removed(anyString());
    }

    @Test
    public void onDirectoryUserEdited_shouldTreatActiveToInactiveAsDeactivation() {
        ConfluenceUser mia = confluenceUser("mia", "k-mia");
        when(userAccessor.getUserByName("mia")).thenReturn(mia);

        listener.onDirectoryUserEdited(edit("mia", true, false));

        verify(departures).deactivated("k-mia");
    }

    @Test
    public void onDirectoryUserEdited_shouldIgnoreAnEditThatKeepsThePersonActive() {
        ConfluenceUser mia = confluenceUser("mia", "k-mia");
        when(userAccessor.getUserByName("mia")).thenReturn(mia);

        listener.onDirectoryUserEdited(edit("mia", true, true));
        listener.onDirectoryUserEdited(edit("mia", false, true));

        verifyNoInteractions(departures);
    }

    private UserEditedEvent edit(String name, boolean activeBefore, boolean activeAfter) {
        return new UserEditedEvent(this, mock(Directory.class), crowdUser(name, activeAfter),
                crowdUser(name, activeBefore));
    }

    private static com.atlassian.crowd.model.user.User crowdUser(String name, boolean active) {
        com.atlassian.crowd.model.user.User user = mock(com.atlassian.crowd.model.user.User.class);
        when(user.getName()).thenReturn(name);
        when(user.isActive()).thenReturn(active);
        return user;
    }

    private static ConfluenceUser confluenceUser(String name, String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getKey()).thenReturn(new UserKey(key));
        return user;
    }
}
