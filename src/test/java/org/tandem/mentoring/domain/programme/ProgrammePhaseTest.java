package org.tandem.mentoring.domain.programme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class ProgrammePhaseTest {

    @Test
    public void canMoveTo_shouldFollowTheMainLineOfTheLifeCycle() {
        ProgrammePhase[] line = ProgrammePhase.values();
        for (int i = 0; i + 1 < line.length; i++) {
            assertTrue(line[i] + " -> " + line[i + 1], line[i].canMoveTo(line[i + 1]));
        }
    }

    @Test
    public void canMoveTo_shouldAllowReopeningEnrolmentFromMatching() {
        assertTrue(ProgrammePhase.MATCHING.canMoveTo(ProgrammePhase.ENROLMENT_OPEN));
    }

    @Test
    public void canMoveTo_shouldAllowASecondMatchingRoundWhileRunning() {
        assertTrue(ProgrammePhase.RUNNING.canMoveTo(ProgrammePhase.MATCHING));
    }

    @Test
    public void canMoveTo_shouldAllowDroppingADraft() {
        assertTrue(ProgrammePhase.DRAFT.canMoveTo(ProgrammePhase.ARCHIVED));
    }

    @Test
    public void canMoveTo_shouldRefuseSkippingPhases() {
        assertFalse(ProgrammePhase.DRAFT.canMoveTo(ProgrammePhase.RUNNING));
        assertFalse(ProgrammePhase.ENROLMENT_OPEN.canMoveTo(ProgrammePhase.RUNNING));
        assertFalse(ProgrammePhase.RUNNING.canMoveTo(ProgrammePhase.ARCHIVED));
        assertFalse(ProgrammePhase.MATCHING.canMoveTo(ProgrammePhase.CLOSING));
    }

    @Test
    public void canMoveTo_shouldRefuseGoingBackToDraftOrStayingPut() {
        for (ProgrammePhase phase : ProgrammePhase.values()) {
            assertFalse(phase + " -> DRAFT", phase.canMoveTo(ProgrammePhase.DRAFT));
            assertFalse(phase + " -> itself", phase.canMoveTo(phase));
            assertFalse(phase + " -> null", phase.canMoveTo(null));
        }
    }

    @Test
    public void next_shouldLeaveArchivedFinal() {
        assertTrue(ProgrammePhase.ARCHIVED.next().isEmpty());
        assertTrue(ProgrammePhase.ARCHIVED.isFinal());
        for (ProgrammePhase phase : EnumSet.range(ProgrammePhase.DRAFT, ProgrammePhase.ALUMNI)) {
            assertFalse(phase.name(), phase.isFinal());
        }
    }

    @Test
    public void next_shouldListExactlyTheDocumentedMoves() {
        assertEquals(Set.of(ProgrammePhase.ENROLMENT_OPEN, ProgrammePhase.ARCHIVED), ProgrammePhase.DRAFT.next());
        assertEquals(Set.of(ProgrammePhase.MATCHING), ProgrammePhase.ENROLMENT_OPEN.next());
        assertEquals(Set.of(ProgrammePhase.ENROLMENT_OPEN, ProgrammePhase.RUNNING), ProgrammePhase.MATCHING.next());
        assertEquals(Set.of(ProgrammePhase.MATCHING, ProgrammePhase.CLOSING), ProgrammePhase.RUNNING.next());
        assertEquals(Set.of(ProgrammePhase.ALUMNI), ProgrammePhase.CLOSING.next());
        assertEquals(Set.of(ProgrammePhase.ARCHIVED), ProgrammePhase.ALUMNI.next());
    }

    @Test
    public void isWindingDown_shouldMarkClosingAlumniAndArchived() {
        assertEquals(EnumSet.of(ProgrammePhase.CLOSING, ProgrammePhase.ALUMNI, ProgrammePhase.ARCHIVED),
                EnumSet.copyOf(List.of(ProgrammePhase.values()).stream().filter(ProgrammePhase::isWindingDown)
                        .toList()));
    }

    @Test
    public void missingCharterFields_shouldNameEveryGapBeforeEnrolmentOpens() {
        Programme draft = Programme.draft("Leaders", "MENTOR", ProgrammeType.ONE_TO_ONE).withCharter("  ", null, null);

        assertEquals(List.of("startDate", "purpose", "goals"),
                ProgrammePhase.ENROLMENT_OPEN.missingCharterFields(draft));
    }

    @Test
    public void missingCharterFields_shouldBeEmptyForACompleteCharter() {
        Programme ready = Programme.draft("Leaders", "MENTOR", ProgrammeType.ONE_TO_ONE)
                .withCharter("Grow leaders", "8 of 10 pairs meet monthly", null)
                .withSchedule(LocalDate.of(2027, 1, 4), 12, Cadence.MONTHLY);

        assertEquals(List.of(), ProgrammePhase.ENROLMENT_OPEN.missingCharterFields(ready));
    }

    @Test
    public void missingCharterFields_shouldAskNothingOfOtherPhases() {
        Programme bare = Programme.draft("Leaders", "MENTOR", ProgrammeType.ONE_TO_ONE);

        assertEquals(List.of(), ProgrammePhase.ARCHIVED.missingCharterFields(bare));
        assertEquals(List.of(), ProgrammePhase.MATCHING.missingCharterFields(bare));
    }
}
