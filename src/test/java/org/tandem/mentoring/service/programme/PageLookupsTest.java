package org.tandem.mentoring.service.programme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.mentoring.service.people.Managers;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SessionStore;

public class PageLookupsTest {

    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final HostSpaces spaces = mock(HostSpaces.class);
    private final HostUsers users = mock(HostUsers.class);
    private final HostSettings settings = mock(HostSettings.class);
    private final Coordinators coordinators = new Coordinators(spaces, users, settings);
    private final ProgrammeGate gate = new ProgrammeGate(programmes, users, spaces, coordinators,
            mock(TransactionTemplate.class));
    private final Programme programme = Programme.draft("Leaders", "LEAD", ProgrammeType.ONE_TO_ONE);

    @Before
    public void setUp() {
        when(spaces.idOf("LEAD")).thenReturn(0L);
        when(spaces.canView("ann", "LEAD")).thenReturn(true);
        when(spaces.canView("bob", "LEAD")).thenReturn(true);
        when(spaces.canAdminister("ann", "LEAD")).thenReturn(true);
        when(settings.coordinatorGroup()).thenReturn(Optional.empty());
        when(programmes.findBySpace("LEAD", 0L)).thenReturn(Optional.of(programme));
    }

    @Test
    public void inSpace_shouldAskOncePerViewerWhileAPageViewSharesItsLookups() {
        PageLookups page = new PageLookups();

        page.during(() -> {
            assertEquals(Optional.of(programme), gate.inSpace("LEAD", "ann"));
            assertEquals(Optional.of(programme), gate.inSpace("LEAD", "ann"));
            assertEquals("another viewer is another question", Optional.of(programme), gate.inSpace("LEAD", "bob"));
            assertEquals(Optional.empty(), gate.inSpace("LEAD", "eve"));
            assertEquals(Optional.empty(), gate.inSpace("LEAD", "eve"));
            return null;
        });
        page.during(() -> gate.inSpace("LEAD", "ann"));

        verify(programmes, times(2)).findBySpace("LEAD", 0L);
        verify(spaces, times(1)).canView("eve", "LEAD");
    }

    @Test
    public void lookups_shouldGoToTheSourceEveryTimeOutsideAPageView() {
        new PageLookups().during(() -> gate.inSpace("LEAD", "ann"));

        gate.inSpace("LEAD", "ann");
        gate.inSpace("LEAD", "ann");

        verify(programmes, times(3)).findBySpace("LEAD", 0L);
    }

    @Test
    public void coordinates_shouldBeRememberedPerPersonAndProgrammeWithinOnePageView() {
        PageLookups page = new PageLookups();

        page.during(() -> {
            assertTrue(coordinators.coordinates("ann", programme));
            assertTrue(coordinators.coordinates("ann", programme));
            assertFalse(coordinators.coordinates("bob", programme));
            return null;
        });
        assertTrue(coordinators.coordinates("ann", programme));

        verify(spaces, times(2)).canAdminister("ann", "LEAD");
        verify(spaces, times(1)).canAdminister("bob", "LEAD");
    }

    @Test
    public void themesAndApprovals_shouldBeReadOncePerProgrammeAndManagerWithinOnePageView() {
        LearningThemeRepository themes = mock(LearningThemeRepository.class);
        OrgChartRepository orgChart = mock(OrgChartRepository.class);
        ParticipantRepository participants = mock(ParticipantRepository.class);
        when(themes.findAvailableTo(7)).thenReturn(List.of(new LearningTheme(12, 1, 7, "Table", "Speaking up")));
        when(orgChart.findDirectReports("ann")).thenReturn(List.of(OrgPerson.of("mia", "ann", "R&D", 2)));
        PageLookups page = new PageLookups();

        page.during(() -> {
            assertEquals(1, PageLookups.themesOf(themes, 7).size());
            PageLookups.themesOf(themes, 7);
            PageLookups.themesOf(themes, 8);
            Managers.awaitingApproval(orgChart, participants, 7, "ann");
            Managers.awaitingApproval(orgChart, participants, 7, "ann");
            Managers.awaitingApproval(orgChart, participants, 7, "bob");
            return null;
        });
        PageLookups.themesOf(themes, 7);

        verify(themes, times(2)).findAvailableTo(7);
        verify(themes, times(1)).findAvailableTo(8);
        verify(orgChart, times(1)).findDirectReports("ann");
        verify(orgChart, times(1)).findDirectReports("bob");
        verify(participants, times(1)).findByProgrammeStateAndUsers(7, ParticipantState.AWAITING_MANAGER,
                List.of("mia"));
    }

    @Test
    public void sessionAndPairing_shouldBeReadOncePerPageView() {
        SessionStore sessions = mock(SessionStore.class);
        PairingStore pairings = mock(PairingStore.class);
        when(sessions.findSessionByPage(40L)).thenReturn(Optional.empty());
        when(pairings.findById(3)).thenReturn(Optional.empty());

        new PageLookups().during(() -> {
            PageLookups.sessionOfPage(sessions, 40L);
            PageLookups.sessionOfPage(sessions, 40L);
            PageLookups.pairing(pairings, 3);
            return PageLookups.pairing(pairings, 3);
        });
        PageLookups.pairing(pairings, 3);

        verify(sessions, times(1)).findSessionByPage(40L);
        verify(pairings, times(2)).findById(3);
    }

    @Test
    public void during_shouldPutBackTheOuterPageViewAndPassOnTheWorksException() {
        PageLookups outer = new PageLookups();
        outer.during(() -> {
            gate.inSpace("LEAD", "ann");
            new PageLookups().during(() -> gate.inSpace("LEAD", "ann"));
            gate.inSpace("LEAD", "ann");
            return null;
        });
        verify(programmes, times(2)).findBySpace("LEAD", 0L);

        Exception thrown = null;
        try {
            outer.during(() -> {
                throw new java.io.IOException("stop");
            });
        } catch (java.io.IOException e) {
            thrown = e;
        }
        assertEquals("stop", thrown.getMessage());
        gate.inSpace("LEAD", "ann");
        verify(programmes, times(3)).findBySpace("LEAD", 0L);
    }
}
