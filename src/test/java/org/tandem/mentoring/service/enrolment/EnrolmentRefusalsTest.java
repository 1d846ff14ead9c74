package org.tandem.mentoring.service.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

public class EnrolmentRefusalsTest {

    @Test
    public void translate_shouldAnswerASecondOpenApplicationRefusedByTheDatabaseWithAConflict() {
        Refusal refusal = EnrolmentRefusals.translate(new StoreValidationException(ParticipantRepository.ENROLMENT,
                StoreValidationException.Problem.DUPLICATE, "already applied to programme 7"));

        assertTrue(refusal instanceof Refusal.Conflict);
        assertEquals("tandem.enrol.error.already-applied", refusal.messageKey());
    }

    @Test
    public void translate_shouldAnswerALostRaceWithAConflict() {
        Refusal refusal = EnrolmentRefusals.translate(new StaleVersionException("participant", 0, -1));

        assertTrue(refusal instanceof Refusal.Conflict);
    }
}
