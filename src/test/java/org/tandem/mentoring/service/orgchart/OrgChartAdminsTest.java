package org.tandem.mentoring.service.orgchart;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.Test;
import org.tandem.mentoring.host.HostUsers;

public class OrgChartAdminsTest {

    private final HostUsers users = mock(HostUsers.class);
    private final OrgChartAdmins admins = new OrgChartAdmins(users);

    @Test
    public void mayImport_shouldBeTrueForConfluenceAdministrators() {
        when(users.isAdmin("ada")).thenReturn(true);

        assertTrue(admins.mayImport("ada"));
    }

    @Test
    public void mayImport_shouldBeFalseForTheCoordinatorGroup() {
        when(users.isInGroup("hal", "hr")).thenReturn(true);

        assertFalse(admins.mayImport("hal"));
    }

    @Test
    public void mayImport_shouldBeFalseForTheCoordinatorOfAProgramme() {
        when(users.isAdmin("cora")).thenReturn(false);

        assertFalse(admins.mayImport("cora"));
        verify(users).isAdmin("cora");
    }

    @Test
    public void mayImport_shouldBeFalseForEveryoneElse() {
        assertFalse(admins.mayImport("sam"));
    }

    @Test
    public void mayImport_shouldBeFalseForAnonymousWithoutAskingTheHost() {
        assertFalse(admins.mayImport(null));
        assertFalse(admins.mayImport(""));
        verify(users, never()).isAdmin(any());
    }
}
