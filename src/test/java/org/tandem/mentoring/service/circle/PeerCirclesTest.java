package org.tandem.mentoring.service.circle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.circle.PeerCircle;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.PeerCircleRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

public class PeerCirclesTest {

    private static final String CAROL = "carol";
    private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    private final ProgrammeGate gate = mock(ProgrammeGate.class);
    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final PairingStore pairings = mock(PairingStore.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final LearningThemeRepository themes = mock(LearningThemeRepository.class);
    private final PeerCircleRepository store = mock(PeerCircleRepository.class);
    private final HostUsers users = mock(HostUsers.class);
    private final List<Pairing> all = new ArrayList<>();
    private Programme programme = programme(ProgrammePhase.RUNNING);
    private PeerCircles circles;

    private static Programme programme(ProgrammePhase phase) {
        return new Programme(7, 1, "Leaders", "LEAD", ProgrammeType.ONE_TO_ONE, "p", "g",
                LocalDate.parse("2026-01-01"), 12, Cadence.MONTHLY, null, true, false, phase);
    }

    private static Pairing pairing(String mentee, boolean ended) {
        Pairing active = Pairing.staged(7, new Proposal(mentee, "m-" + mentee, 50, new EnumMap<>(Criterion.class),
                new Explanation(List.of())), Set.of(), null, CAROL, NOW).proposed(null, false)
                .withConsent(org.tandem.mentoring.domain.pairing.Party.MENTEE,
                        org.tandem.mentoring.domain.pairing.Consent.GIVEN, null, null)
                .withConsent(org.tandem.mentoring.domain.pairing.Party.MENTOR,
                        org.tandem.mentoring.domain.pairing.Consent.GIVEN, null, null);
        return ended ? active.ended("done") : active;
    }

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(gate.signedIn(anyString())).thenReturn(CAROL);
        when(gate.viewer()).thenReturn(Optional.of(CAROL));
        when(gate.coordinated(eq(7), eq(CAROL), any(Supplier.class), anyString())).thenAnswer(i -> programme);
        when(gate.inTransaction(any(Supplier.class))).thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        when(users.displayName(anyString())).thenAnswer(i -> "Name of " + i.getArgument(0));
        when(themes.findAvailableTo(7)).thenReturn(List.of(new LearningTheme(12, 1, 7, "Table", "Speaking up"),
                new LearningTheme(13, 1, null, "Table", "Delegating")));
        when(pairings.findByProgramme(7)).thenReturn(all);
        when(programmes.findAll()).thenAnswer(i -> List.of(programme));
        when(programmes.findByIds(any())).thenAnswer(i -> i.<java.util.Collection<?>>getArgument(0)
                .contains(programme.id()) ? Map.of(programme.id(), programme) : Map.of());
        when(store.create(any())).thenAnswer(i -> {
            PeerCircle c = i.getArgument(0);
            return new PeerCircle(3, c.programmeId(), c.name(), c.themeId(), c.memberKeys(), c.createdBy(),
                    c.createdAt());
        });
        circles = new PeerCircles(gate, programmes, pairings, participants, themes, store, users,
                new HostClock(Optional.of(Clock.fixed(NOW, ZoneOffset.UTC))));
        for (String mentee : List.of("amy", "ben", "cal", "dee")) {
            all.add(pairing(mentee, !mentee.equals("dee")));
        }
        when(participants.findByProgrammeAndRole(7, ParticipantRole.MENTEE)).thenReturn(List.of(
                Participant.apply(7, "amy", ParticipantRole.MENTEE, List.of(12, 13)),
                Participant.apply(7, "ben", ParticipantRole.MENTEE, List.of(12)),
                Participant.apply(7, "cal", ParticipantRole.MENTEE, List.of(12)),
                Participant.apply(7, "dee", ParticipantRole.MENTEE, List.of(12))));
    }

    @Test
    public void overview_shouldGroupTheFormerMenteesByThemeLeavingOutThoseStillInARunningPairing() {
        PeerCircles.Overview overview = circles.overview(7);

        assertEquals(List.of("Delegating", "Speaking up"), overview.groups().stream()
                .map(PeerCircles.ThemeGroup::theme).toList());
        assertEquals(List.of("amy", "ben", "cal"), overview.groups().get(1).people().stream()
                .map(PeerCircles.Person::key).toList());
    }

    @Test
    public void overview_onceTheProgrammeWindsDown_shouldCountTheMenteesOfRunningPairingsToo() {
        programme = programme(ProgrammePhase.CLOSING);

        assertEquals(4, circles.overview(7).groups().get(1).people().size());
    }

    @Test
    public void create_shouldKeepTheCircleWithItsMembersNamedAndTheCoordinatorAsAuthor() {
        PeerCircles.CircleView view = circles.create(7, "  Speakers  ", 12, List.of("amy", "ben", "cal", "amy"));

        assertEquals("Speakers", view.name());
        assertEquals("Speaking up", view.theme());
        assertEquals(List.of("Name of amy", "Name of ben", "Name of cal"), view.members().stream()
                .map(PeerCircles.Person::name).toList());
        verify(store).create(new PeerCircle(0, 7, "Speakers", 12, List.of("amy", "ben", "cal"), CAROL, NOW));
    }

    @Test
    public void create_shouldRefuseTooFewOrTooManyMembersSomebodyNotAFormerMenteeAForeignThemeOrNoName() {
        assertInvalid("members", () -> circles.create(7, "C", 12, List.of("amy", "ben")));
        assertInvalid("members", () -> circles.create(7, "C", 12, List.of("a", "b", "c", "d", "e", "f", "g", "h",
                "i")));
        assertInvalid("members", () -> circles.create(7, "C", 12, List.of("amy", "ben", "dee")));
        assertInvalid("theme", () -> circles.create(7, "C", 99, List.of("amy", "ben", "cal")));
        assertInvalid("name", () -> circles.create(7, " ", 12, List.of("amy", "ben", "cal")));
        assertInvalid("name", () -> circles.create(7, "x".repeat(PeerCircle.MAX_NAME + 1), 12,
                List.of("amy", "ben", "cal")));
        verify(store, never()).create(any());
    }

    @Test
    public void delete_shouldRefuseACircleOfAnotherProgrammeAsNotFound() {
        when(store.findById(5)).thenReturn(Optional.of(new PeerCircle(5, 8, "Other", 12, List.of("x", "y", "z"),
                "dan", NOW)));

        assertThrows(Refusal.NotFound.class, () -> circles.delete(7, 5));
        verify(store, never()).delete(anyInt());
    }

    @Test
    public void mineAndLeave_shouldShowTheViewersCirclesAndRefuseLeavingOneTheyAreNotIn() {
        when(store.findByMember(CAROL)).thenReturn(List.of(new PeerCircle(5, 7, "Speakers", 12,
                List.of(CAROL, "ben", "cal"), "dan", NOW)));
        when(store.leave(5, CAROL)).thenReturn(true);

        List<PeerCircles.CircleView> mine = circles.mine();
        circles.leave(5);

        assertEquals("Speaking up", mine.get(0).theme());
        assertEquals("Leaders", mine.get(0).programme());
        assertThrows(Refusal.NotFound.class, () -> circles.leave(6));
        verify(programmes, never()).findAll();
    }

    private static void assertInvalid(String field, org.junit.function.ThrowingRunnable call) {
        Refusal.Invalid refusal = assertThrows(Refusal.Invalid.class, call);
        assertTrue(refusal.toString(), refusal.fieldErrors().containsKey(field));
    }
}
