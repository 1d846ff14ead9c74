package org.tandem.mentoring.service.thanks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostSpaceMembers;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.SessionStore;
import org.tandem.mentoring.store.SurveyRepository;

public class MentorThanksTest {

    private static final Instant NOW = Instant.parse("2027-06-15T09:00:00Z");

    private final ProgrammeGate gate = mock(ProgrammeGate.class);
    private final SurveyRepository memberships = mock(SurveyRepository.class);
    private final SessionStore sessions = mock(SessionStore.class);
    private final HostUsers users = mock(HostUsers.class);
    private final HostSpaces spaces = mock(HostSpaces.class);
    private final HostSpaceMembers members = mock(HostSpaceMembers.class);
    private final MentorThanks thanks = new MentorThanks(gate, memberships, sessions, users, spaces, members,
            new HostClock(Optional.of(Clock.fixed(NOW, ZoneOffset.UTC))));

    private final Programme running = new Programme(7, 1, "Leaders", "LEAD", ProgrammeType.ONE_TO_ONE, "p", "g",
            LocalDate.of(2027, 1, 4), 12, Cadence.MONTHLY, null, true, false, ProgrammePhase.RUNNING);

    @Before
    public void setUp() {
        when(gate.signedIn(MentorThanks.SIGN_IN)).thenReturn("mia");
        when(gate.visible(eq(7), any(), any())).thenReturn(running);
        when(users.displayName(any())).thenAnswer(call -> "Name of " + call.getArgument(0));
        when(users.isActive(any())).thenReturn(true);
        when(members.withPermissions("LEAD")).thenReturn(Set.of("cora", "sam"));
        when(spaces.canAdminister("cora", "LEAD")).thenReturn(true);
        when(memberships.memberships("mia")).thenReturn(List.of(
                new SurveyRepository.Membership(1, 7, false, Instant.parse("2027-02-01T10:00:00Z"),
                        Instant.parse("2027-05-31T10:00:00Z")),
                new SurveyRepository.Membership(2, 7, false, Instant.parse("2027-03-01T10:00:00Z"), null),
                new SurveyRepository.Membership(3, 7, true, Instant.parse("2027-01-20T10:00:00Z"), null),
                new SurveyRepository.Membership(4, 8, false, Instant.parse("2026-01-20T10:00:00Z"), null)));
        when(sessions.findSessions(1)).thenReturn(List.of(session(1, "2027-02-10T10:00:00Z"),
                session(1, "2027-03-10T10:00:00Z")));
        when(sessions.findSessions(2)).thenReturn(List.of(session(2, "2027-04-10T10:00:00Z"),
                session(2, "2027-07-10T10:00:00Z")));
    }

    @Test
    public void thankYou_shouldCountMenteesAndSessionsHeldOnceAPairingEnded() {
        ThankYou made = thanks.thankYou(7, null);

        assertEquals("Name of mia", made.mentorName());
        assertEquals(2, made.mentees());
        assertEquals("the planned session in July is not held yet", 3, made.sessions());
        assertEquals(LocalDate.of(2027, 2, 1), made.from());
        assertEquals("a pair still runs: until today", LocalDate.of(2027, 6, 15), made.to());
        assertEquals(List.of("Name of cora"), made.coordinators());
    }

    @Test
    public void thankYou_shouldNotExistWhileEveryPairRunsInARunningProgramme() {
        when(memberships.memberships("mia")).thenReturn(List.of(
                new SurveyRepository.Membership(2, 7, false, Instant.parse("2027-03-01T10:00:00Z"), null)));

        assertThrows(Refusal.NotFound.class, () -> thanks.thankYou(7, null));

        when(gate.visible(eq(7), any(), any())).thenReturn(running.withPhase(ProgrammePhase.CLOSING));
        assertEquals(1, thanks.thankYou(7, null).mentees());
    }

    @Test
    public void thankYou_shouldOpenForCoordinatorsAndNobodyElse() {
        when(memberships.memberships("max")).thenReturn(List.of(
                new SurveyRepository.Membership(1, 7, false, Instant.parse("2027-02-01T10:00:00Z"),
                        Instant.parse("2027-05-31T10:00:00Z"))));

        assertThrows(Refusal.NotFound.class, () -> thanks.thankYou(7, "max"));

        when(gate.coordinates(eq("mia"), any())).thenReturn(true);
        ThankYou forMax = thanks.thankYou(7, "max");
        assertEquals("Name of max", forMax.mentorName());
        assertEquals(LocalDate.of(2027, 5, 31), forMax.to());
    }

    @Test
    public void thankYou_shouldAskAVisitorToSignIn() {
        when(gate.signedIn(MentorThanks.SIGN_IN)).thenThrow(new Refusal.Forbidden(MentorThanks.SIGN_IN));

        assertThrows(Refusal.Forbidden.class, () -> thanks.thankYou(7, null));
    }

    private static Session session(int pairingId, String at) {
        return new Session(0, pairingId, null, Instant.parse(at), ZoneId.of("UTC"), 30, SessionFormat.VIDEO,
                List.of(), "mia", Instant.parse(at), 1);
    }
}
