package org.tandem.mentoring.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.time.ZoneId;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.Test;

public class HostUsersTest {

    private final UserManager userManager = mock(UserManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final HostUsers users = new HostUsers(userManager, userAccessor, timeZones);

    @Test
    public void isDeactivated_shouldAskTheHostAboutTheAccount() {
        UserProfile profile = mock(UserProfile.class);
        when(userManager.getUserProfile(new UserKey("k-off"))).thenReturn(profile);
        when(userManager.getUserProfile(new UserKey("k-on"))).thenReturn(profile);
        ConfluenceUser off = mock(ConfluenceUser.class);
        ConfluenceUser on = mock(ConfluenceUser.class);
        when(userAccessor.getExistingUserByKey(new UserKey("k-off"))).thenReturn(off);
        when(userAccessor.getExistingUserByKey(new UserKey("k-on"))).thenReturn(on);
        when(userAccessor.isDeactivated(off)).thenReturn(true);

        assertTrue(users.isDeactivated("k-off"));
        assertFalse(users.isActive("k-off"));
        assertFalse(users.isDeactivated("k-on"));
        assertTrue(users.isActive("k-on"));
        assertFalse(users.isDeactivated("k-gone"));
        assertFalse(users.isActive("k-gone"));
        assertFalse(users.isDeactivated(null));
    }

    @Test
    public void currentUserKey_shouldBeEmptyForAnonymousVisitors() {
        assertEquals(Optional.empty(), users.currentUserKey());

        when(userManager.getRemoteUserKey()).thenReturn(new UserKey("k-1"));
        assertEquals(Optional.of("k-1"), users.currentUserKey());
    }

    @Test
    public void displayName_shouldFallBackToTheKeyForPeopleTheHostNoLongerKnows() {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn("Ada Lovelace");
        when(userManager.getUserProfile(new UserKey("k-1"))).thenReturn(profile);

        assertEquals("Ada Lovelace", users.displayName("k-1"));
        assertEquals("k-gone", users.displayName("k-gone"));
        assertTrue(users.exists("k-1"));
        assertFalse(users.exists("k-gone"));
        assertFalse(users.exists(null));
    }

    @Test
    public void isAdmin_shouldCountSystemAdministratorsToo() {
        when(userManager.isSystemAdmin(new UserKey("sys"))).thenReturn(true);

        assertTrue(users.isAdmin("sys"));
        assertFalse(users.isAdmin("sam"));
    }

    @Test
    public void isInGroup_shouldBeFalseForABlankGroupWithoutAskingTheHost() {
        when(userManager.isUserInGroup(new UserKey("sam"), "hr")).thenReturn(true);

        assertTrue(users.isInGroup("sam", "hr"));
        assertFalse(users.isInGroup("sam", " "));
        assertFalse(users.isInGroup("sam", null));
    }

    @Test
    public void timeZone_shouldBeTheProfilesZoneUnlessItIsTheSiteDefault() {
        when(timeZones.getDefaultTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        when(timeZones.getUserTimeZone(new UserKey("k-cph"))).thenReturn(TimeZone.getTimeZone("Europe/Copenhagen"));
        when(timeZones.getUserTimeZone(new UserKey("k-none"))).thenReturn(TimeZone.getTimeZone("UTC"));

        assertEquals(Optional.of(ZoneId.of("Europe/Copenhagen")), users.timeZone("k-cph"));
        assertEquals(Optional.empty(), users.timeZone("k-none"));
        assertEquals(Optional.empty(), users.timeZone("k-unknown"));
        assertEquals(Optional.empty(), users.timeZone(null));
    }
}
