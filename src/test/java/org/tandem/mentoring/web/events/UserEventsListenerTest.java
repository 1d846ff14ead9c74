package org.tandem.mentoring.web.events;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
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
}
