package org.tandem.mentoring.host;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import org.junit.Before;
import org.junit.Test;

public class HostSpacesTest {

    private final SpaceManager spaceManager = mock(SpaceManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final HostSpaces spaces = new HostSpaces(spaceManager, permissionManager, userAccessor);
    private final Space mentoring = new Space("MENTOR");
    private final ConfluenceUser alice = mock(ConfluenceUser.class);

    @Before
    public void setUp() {
        when(spaceManager.getSpace("MENTOR")).thenReturn(mentoring);
        when(userAccessor.getUserByKey(new UserKey("alice"))).thenReturn(alice);
    }

    @Test
    public void canView_shouldAskThePermissionManagerForTheUserAndSpace() {
        when(permissionManager.hasPermission(alice, Permission.VIEW, (Object) mentoring)).thenReturn(true);

        assertTrue(spaces.canView("alice", "MENTOR"));
        assertFalse(spaces.canAdminister("alice", "MENTOR"));
    }

    @Test
    public void canView_shouldBeFalseForASpaceThatDoesNotExist() {
        assertFalse(spaces.canView("alice", "NOPE"));
        verify(permissionManager, never()).hasPermission(any(ConfluenceUser.class), any(Permission.class), any(Object.class));
    }

    @Test
    public void canView_shouldBeFalseForAUserKeyTheHostDoesNotKnow() {
        when(permissionManager.hasPermission(any(), any(Permission.class), any(Object.class))).thenReturn(true);

        assertFalse(spaces.canView("ghost", "MENTOR"));
    }

    @Test
    public void canView_shouldAskForTheAnonymousUserWhenNobodyIsSignedIn() {
        when(permissionManager.hasPermission(null, Permission.VIEW, (Object) mentoring)).thenReturn(true);

        assertTrue(spaces.canView(null, "MENTOR"));
    }

    @Test
    public void canCreateSpaces_shouldAskForTheGlobalCreateSpacePermission() {
        when(permissionManager.hasCreatePermission(alice, PermissionManager.TARGET_APPLICATION, Space.class))
                .thenReturn(true);

        assertTrue(spaces.canCreateSpaces("alice"));
        assertFalse(spaces.canCreateSpaces("ghost"));
        assertFalse(spaces.canCreateSpaces(null));
    }
}
