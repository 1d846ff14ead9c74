package org.tandem.mentoring.service.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.Test;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.service.Refusal;

/** The manager's and the coordinators' decisions. */
public class ApplicationDecisionsTest extends EnrolmentTestBase {

    @Test
    public void decideAsManager_shouldMoveAnApprovedApplicationToTheCoordinators() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Application application = decisions.decideAsManager(21, 1, Verdict.APPROVE, null);

        assertEquals(ParticipantState.AWAITING_COORDINATOR, application.participant().state());
        verify(participants).decide(21, 1, ParticipantState.AWAITING_COORDINATOR, BOSS, NOW, null);
    }

    @Test
    public void decideAsManager_shouldDeclineWithTheReason() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Application application = decisions.decideAsManager(21, 1, Verdict.DECLINE, " Busy quarter ");

        assertEquals(ParticipantState.DECLINED, application.participant().state());
        assertEquals(BOSS, application.participant().decidedBy());
        verify(participants).decide(21, 1, ParticipantState.DECLINED, BOSS, NOW, "Busy quarter");
    }

    @Test
    public void decideAsManager_shouldRequireAReasonToDecline() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Refusal.Invalid e = invalid(() -> decisions.decideAsManager(21, 1, Verdict.DECLINE, " "));

        assertEquals("tandem.enrol.error.reason.missing", e.fieldErrors().get("reason").key());
        verify(participants, never()).decide(anyInt(), anyInt(), any(), anyString(), any(), any());
    }

    @Test
    public void decideAsManager_shouldConflictWhenTheApplicationNoLongerWaitsForTheManager() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR);
        signIn(BOSS);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> decisions.decideAsManager(21, 1, Verdict.APPROVE, null));

        assertEquals(EnrolmentRefusals.STATE, e.messageKey());
    }

    @Test
    public void decideAsManager_shouldConflictOnAStaleVersion() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(BOSS);

        Refusal.Conflict e = assertThrows(Refusal.Conflict.class,
                () -> decisions.decideAsManager(21, 0, Verdict.APPROVE, null));

        assertEquals(EnrolmentRefusals.STALE, e.messageKey());
    }

    @Test
    public void decideAsCoordinator_shouldApprove() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_COORDINATOR);
        signIn(CAROL);

        Application application = decisions.decideAsCoordinator(21, 1, Verdict.APPROVE, "Welcome");

        assertEquals(ParticipantState.APPROVED, application.participant().state());
        verify(participants).decide(21, 1, ParticipantState.APPROVED, CAROL, NOW, "Welcome");
    }

    @Test
    public void decideAsCoordinator_shouldDeclineWithTheReason() {
        stored(21, OLGA, ParticipantRole.MENTOR, ParticipantState.AWAITING_COORDINATOR);
        signIn(CAROL);

        Application application = decisions.decideAsCoordinator(21, 1, Verdict.DECLINE, "Enough mentors");

        assertEquals(ParticipantState.DECLINED, application.participant().state());
        verify(participants).decide(21, 1, ParticipantState.DECLINED, CAROL, NOW, "Enough mentors");
    }

    @Test
    public void decideAsCoordinator_shouldConflictWhileTheManagerHasNotDecided() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(CAROL);

        assertThrows(Refusal.Conflict.class,
                () -> decisions.decideAsCoordinator(21, 1, Verdict.APPROVE, null));
    }

    @Test
    public void decideAsCoordinator_shouldForbidDecidingOnYourOwnApplication() {
        stored(21, CAROL, ParticipantRole.MENTOR, ParticipantState.AWAITING_COORDINATOR);
        signIn(CAROL);

        assertThrows(Refusal.Forbidden.class,
                () -> decisions.decideAsCoordinator(21, 1, Verdict.APPROVE, null));
    }

    @Test
    public void applicant_shouldBeForbiddenToDecideOnTheirOwnApplication() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(MIA);

        assertThrows(Refusal.Forbidden.class,
                () -> decisions.decideAsManager(21, 1, Verdict.APPROVE, null));
        assertThrows(Refusal.Forbidden.class,
                () -> decisions.decideAsCoordinator(21, 1, Verdict.APPROVE, null));
    }

    @Test
    public void coordinatorWhoIsNotTheManager_shouldBeForbiddenToDecideAsManager() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(CAROL);

        assertThrows(Refusal.Forbidden.class,
                () -> decisions.decideAsManager(21, 1, Verdict.APPROVE, null));
    }
}
