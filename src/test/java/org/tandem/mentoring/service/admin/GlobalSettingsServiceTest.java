package org.tandem.mentoring.service.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;

public class GlobalSettingsServiceTest {

    private final Map<String, Object> stored = new HashMap<>();
    private HostUsers users;
    private HostSettings hostSettings;
    private GlobalSettingsService service;

    @Before
    public void setUp() {
        PluginSettings pluginSettings = mock(PluginSettings.class);
        when(pluginSettings.get(anyString())).thenAnswer(call -> stored.get(call.<String>getArgument(0)));
        when(pluginSettings.put(anyString(), any()))
                .thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        when(pluginSettings.remove(anyString())).thenAnswer(call -> stored.remove(call.<String>getArgument(0)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(pluginSettings);
        hostSettings = new HostSettings(factory);
        users = mock(HostUsers.class);
        service = new GlobalSettingsService(users, hostSettings);
    }

    private void signIn(String userKey, boolean admin) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
        when(users.isAdmin(userKey)).thenReturn(admin);
    }

    @Test
    public void access_shouldBeAnonymousWhenNobodyIsSignedIn() {
        when(users.currentUserKey()).thenReturn(Optional.empty());

        assertEquals(AdminAccess.ANONYMOUS, service.access());
    }

    @Test
    public void access_shouldBeNotAdminForAnOrdinaryUser() {
        signIn("u-ann", false);

        assertEquals(AdminAccess.NOT_ADMIN, service.access());
    }

    @Test
    public void access_shouldBeAdminForAConfluenceAdministrator() {
        signIn("u-root", true);

        assertEquals(AdminAccess.ADMIN, service.access());
    }

    @Test
    public void setSmallestGroup_shouldTakeFiveToAThousandAndNothingElse() {
        signIn("u-root", true);

        assertEquals(5, service.smallestGroup());
        assertEquals(12, service.setSmallestGroup(" 12 "));
        assertEquals(12, service.smallestGroup());
        assertEquals(5, service.setSmallestGroup("5"));
        assertEquals(1000, service.setSmallestGroup("1000"));
        for (String wrong : new String[] {"4", "0", "-5", "1001", "5.5", "", "  ", "five", null}) {
            assertThrows(wrong, GlobalSettingsService.InvalidSmallestGroup.class,
                    () -> service.setSmallestGroup(wrong));
        }
        assertEquals(Optional.of(1000), hostSettings.dashboardSmallestGroup());
    }

    @Test
    public void smallestGroup_shouldRefuseAnOrdinaryUser() {
        signIn("u-ann", false);

        assertThrows(Refusal.Forbidden.class, service::smallestGroup);
        assertThrows(Refusal.Forbidden.class, () -> service.setSmallestGroup("9"));
        assertEquals(Optional.empty(), hostSettings.dashboardSmallestGroup());
    }

    @Test
    public void coordinatorGroup_shouldReturnTheStoredGroupToAnAdmin() {
        hostSettings.setCoordinatorGroup("people-development");
        signIn("u-root", true);

        assertEquals(Optional.of("people-development"), service.coordinatorGroup());
    }

    @Test
    public void coordinatorGroup_shouldRefuseAnOrdinaryUser() {
        hostSettings.setCoordinatorGroup("people-development");
        signIn("u-ann", false);

        assertThrows(Refusal.Forbidden.class, service::coordinatorGroup);
    }

    @Test
    public void setCoordinatorGroup_shouldStoreTheTrimmedName() {
        signIn("u-root", true);

        boolean set = service.setCoordinatorGroup("  hr-mentoring ");

        assertTrue(set);
        assertEquals(Optional.of("hr-mentoring"), hostSettings.coordinatorGroup());
    }

    @Test
    public void setCoordinatorGroup_shouldClearTheSettingForBlankOrNull() {
        signIn("u-root", true);
        service.setCoordinatorGroup("hr");

        assertFalse(service.setCoordinatorGroup("   "));
        assertEquals(Map.of(), stored);

        service.setCoordinatorGroup("hr");
        assertFalse(service.setCoordinatorGroup(null));
        assertEquals(Map.of(), stored);
    }

    @Test
    public void setCoordinatorGroup_shouldRejectAnOverlongNameAndKeepTheOldOne() {
        signIn("u-root", true);
        service.setCoordinatorGroup("hr");

        assertThrows(IllegalArgumentException.class,
                () -> service.setCoordinatorGroup("g".repeat(GlobalSettingsService.MAX_GROUP_LENGTH + 1)));
        assertEquals(Optional.of("hr"), hostSettings.coordinatorGroup());
    }

    @Test
    public void setCoordinatorGroup_shouldAcceptANameOfTheMaximumLength() {
        signIn("u-root", true);
        String longest = "g".repeat(GlobalSettingsService.MAX_GROUP_LENGTH);

        service.setCoordinatorGroup(longest);

        assertEquals(Optional.of(longest), hostSettings.coordinatorGroup());
    }

    @Test
    public void setCoordinatorGroup_shouldRefuseAnOrdinaryUserAndStoreNothing() {
        signIn("u-ann", false);

        assertThrows(Refusal.Forbidden.class, () -> service.setCoordinatorGroup("my-friends"));
        assertEquals(Map.of(), stored);
    }

    @Test
    public void setCoordinatorGroup_shouldRefuseAnonymousAndStoreNothing() {
        when(users.currentUserKey()).thenReturn(Optional.empty());

        assertThrows(Refusal.Forbidden.class, () -> service.setCoordinatorGroup("my-friends"));
        assertEquals(Map.of(), stored);
    }
}
