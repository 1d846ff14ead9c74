package org.tandem.mentoring.service.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.service.Refusal;

/** What every operation refuses to strangers and to nobody signed in. */
public class EnrolmentPermissionsTest extends EnrolmentTestBase {

    @Test
    public void everyOperation_shouldBeNotFoundForSomebodyWhoIsNeitherApplicantManagerNorCoordinator() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        signIn(EVE);
        List<Runnable> operations = List.of(
                () -> queries.get(21),
                () -> applications.edit(21, 1, menteeForm()),
                () -> applications.withdraw(21, 1),
                () -> applications.confirm(21, 1),
                () -> decisions.decideAsManager(21, 1, Verdict.APPROVE, null),
                () -> decisions.decideAsManager(21, 1, Verdict.DECLINE, "No"),
                () -> decisions.decideAsCoordinator(21, 1, Verdict.APPROVE, null),
                () -> decisions.decideAsCoordinator(21, 1, Verdict.DECLINE, "No"));

        for (Runnable operation : operations) {
            Refusal.NotFound e = assertThrows(Refusal.NotFound.class, operation::run);
            assertEquals(EnrolmentRefusals.APPLICATION_NOT_FOUND, e.messageKey());
        }
        verify(participants, never()).update(any());
        verify(participants, never()).decide(anyInt(), anyInt(), any(), anyString(), any(), any());
    }

    @Test
    public void everyOperation_shouldBeForbiddenWhenNobodyIsSignedIn() {
        stored(21, MIA, ParticipantRole.MENTEE, ParticipantState.AWAITING_MANAGER);
        when(users.currentUserKey()).thenReturn(Optional.empty());

        assertThrows(Refusal.Forbidden.class, () -> applications.apply(7, menteeForm()));
        assertThrows(Refusal.Forbidden.class, () -> queries.get(21));
        assertThrows(Refusal.Forbidden.class, () -> queries.list(7));
    }
}
