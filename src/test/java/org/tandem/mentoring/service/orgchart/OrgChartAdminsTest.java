package org.tandem.mentoring.service.orgchart;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.store.ProgrammeRepository;

public class OrgChartAdminsTest {

    private final HostUsers users = mock(HostUsers.class);
    private final HostSettings settings = mock(HostSettings.class);
    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final Coordinators coordinators = mock(Coordinators.class);
    private final OrgChartAdmins admins = new OrgChartAdmins(users, settings, programmes, coordinators);
    private final Programme pilot = Programme.draft("Pilot", "MENTOR", ProgrammeType.PEER);

    @Before
    public void setUp() {
        when(settings.coordinatorGroup()).thenReturn(Optional.empty());
        when(programmes.findAll()).thenReturn(List.of(pilot));
    }

    @Test
    public void mayImport_shouldBeTrueForConfluenceAdministrators() {
        when(users.isAdmin("ada")).thenReturn(true);

        assertTrue(admins.mayImport("ada"));
    }

    @Test
    public void mayImport_shouldBeTrueForTheCoordinatorGroup() {
        when(settings.coordinatorGroup()).thenReturn(Optional.of("hr"));
        when(users.isInGroup("hal", "hr")).thenReturn(true);

        assertTrue(admins.mayImport("hal"));
    }

    @Test
    public void mayImport_shouldBeTrueForTheCoordinatorOfAnyProgramme() {
        when(coordinators.coordinates("cora", pilot)).thenReturn(true);

        assertTrue(admins.mayImport("cora"));
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
        verify(programmes, never()).findAll();
    }
}
