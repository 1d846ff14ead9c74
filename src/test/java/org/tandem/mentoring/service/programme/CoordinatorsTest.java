package org.tandem.mentoring.service.programme;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;

public class CoordinatorsTest {

    private final HostSpaces spaces = mock(HostSpaces.class);
    private final HostUsers users = mock(HostUsers.class);
    private final HostSettings settings = mock(HostSettings.class);
    private final Coordinators coordinators = new Coordinators(spaces, users, settings);
    private final Programme programme = Programme.draft("Pilot", "MENTOR", ProgrammeType.PEER);

    @Test
    public void coordinates_shouldBeTrueForTheAdminsOfTheProgrammeSpace() {
        when(spaces.canAdminister("ada", "MENTOR")).thenReturn(true);

        assertTrue(coordinators.coordinates("ada", programme));
    }

    @Test
    public void coordinates_shouldBeTrueForMembersOfTheCoordinatorGroup() {
        when(settings.coordinatorGroup()).thenReturn(Optional.of("hr"));
        when(users.isInGroup("hal", "hr")).thenReturn(true);

        assertTrue(coordinators.coordinates("hal", programme));
        assertFalse(coordinators.coordinates("sam", programme));
    }

    @Test
    public void coordinates_shouldBeFalseForAnonymousAndWhenNoGroupIsSet() {
        when(settings.coordinatorGroup()).thenReturn(Optional.empty());

        assertFalse(coordinators.coordinates(null, programme));
        assertFalse(coordinators.coordinates("sam", programme));
    }
}
