package org.tandem.mentoring.service.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.tandem.mentoring.domain.participant.ParticipantState.APPLIED;
import static org.tandem.mentoring.domain.participant.ParticipantState.APPROVED;
import static org.tandem.mentoring.domain.participant.ParticipantState.AWAITING_COORDINATOR;
import static org.tandem.mentoring.domain.participant.ParticipantState.AWAITING_MANAGER;
import static org.tandem.mentoring.domain.participant.ParticipantState.DECLINED;
import static org.tandem.mentoring.domain.participant.ParticipantState.WITHDRAWN;
import static org.tandem.mentoring.service.enrolment.ApplicationAction.APPROVE_AS_COORDINATOR;
import static org.tandem.mentoring.service.enrolment.ApplicationAction.APPROVE_AS_MANAGER;
import static org.tandem.mentoring.service.enrolment.ApplicationAction.CONFIRM;
import static org.tandem.mentoring.service.enrolment.ApplicationAction.DECLINE_AS_COORDINATOR;
import static org.tandem.mentoring.service.enrolment.ApplicationAction.DECLINE_AS_MANAGER;
import static org.tandem.mentoring.service.enrolment.ApplicationAction.EDIT;
import static org.tandem.mentoring.service.enrolment.ApplicationAction.WITHDRAW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;

public class ApplicationAccessTest {

    private static final String MIA = "mia";     // the applicant
    private static final String BOSS = "boss";   // her manager
    private static final String CAROL = "carol"; // a coordinator
    private static final String EVE = "eve";     // nobody in particular

    /** Who is asking: their user key and whether they coordinate the programme. */
    private enum Viewer {
        APPLICANT(MIA, false),
        MANAGER(BOSS, false),
        COORDINATOR(CAROL, true),
        COORDINATOR_WHO_APPLIED(MIA, true),
        MANAGER_WHO_COORDINATES(BOSS, true),
        THIRD_PARTY(EVE, false),
        NOBODY_SIGNED_IN(null, false);

        final String key;
        final boolean coordinator;

        Viewer(String key, boolean coordinator) {
            this.key = key;
            this.coordinator = coordinator;
        }
    }

    private record Row(Viewer viewer, ParticipantState state, boolean mayView, boolean seesPeople,
            Set<ApplicationAction> actions) {
    }

    private static Row row(Viewer viewer, ParticipantState state, boolean mayView, boolean seesPeople,
            ApplicationAction... actions) {
        Set<ApplicationAction> expected = EnumSet.noneOf(ApplicationAction.class);
        expected.addAll(List.of(actions));
        return new Row(viewer, state, mayView, seesPeople, expected);
    }

    /** Every viewer against every state, enrolment open. */
    private static final List<Row> OPEN = List.of(
            row(Viewer.APPLICANT, APPLIED, true, true, EDIT, WITHDRAW, CONFIRM),
            row(Viewer.APPLICANT, AWAITING_MANAGER, true, true, EDIT, WITHDRAW),
            row(Viewer.APPLICANT, AWAITING_COORDINATOR, true, true, EDIT, WITHDRAW),
            row(Viewer.APPLICANT, APPROVED, true, true, WITHDRAW),
            row(Viewer.APPLICANT, DECLINED, true, true),
            row(Viewer.APPLICANT, WITHDRAWN, true, true),

            row(Viewer.MANAGER, APPLIED, true, false),
            row(Viewer.MANAGER, AWAITING_MANAGER, true, false, APPROVE_AS_MANAGER, DECLINE_AS_MANAGER),
            row(Viewer.MANAGER, AWAITING_COORDINATOR, true, false),
            row(Viewer.MANAGER, APPROVED, true, false),
            row(Viewer.MANAGER, DECLINED, true, false),
            row(Viewer.MANAGER, WITHDRAWN, true, false),

            row(Viewer.COORDINATOR, APPLIED, true, true),
            row(Viewer.COORDINATOR, AWAITING_MANAGER, true, true),
            row(Viewer.COORDINATOR, AWAITING_COORDINATOR, true, true, APPROVE_AS_COORDINATOR, DECLINE_AS_COORDINATOR),
            row(Viewer.COORDINATOR, APPROVED, true, true),
            row(Viewer.COORDINATOR, DECLINED, true, true),
            row(Viewer.COORDINATOR, WITHDRAWN, true, true),

            row(Viewer.COORDINATOR_WHO_APPLIED, APPLIED, true, true, EDIT, WITHDRAW, CONFIRM),
            row(Viewer.COORDINATOR_WHO_APPLIED, AWAITING_MANAGER, true, true, EDIT, WITHDRAW),
            row(Viewer.COORDINATOR_WHO_APPLIED, AWAITING_COORDINATOR, true, true, EDIT, WITHDRAW),
            row(Viewer.COORDINATOR_WHO_APPLIED, APPROVED, true, true, WITHDRAW),
            row(Viewer.COORDINATOR_WHO_APPLIED, DECLINED, true, true),
            row(Viewer.COORDINATOR_WHO_APPLIED, WITHDRAWN, true, true),

            row(Viewer.MANAGER_WHO_COORDINATES, APPLIED, true, true),
            row(Viewer.MANAGER_WHO_COORDINATES, AWAITING_MANAGER, true, true, APPROVE_AS_MANAGER,
                    DECLINE_AS_MANAGER),
            row(Viewer.MANAGER_WHO_COORDINATES, AWAITING_COORDINATOR, true, true, APPROVE_AS_COORDINATOR,
                    DECLINE_AS_COORDINATOR),
            row(Viewer.MANAGER_WHO_COORDINATES, APPROVED, true, true),
            row(Viewer.MANAGER_WHO_COORDINATES, DECLINED, true, true),
            row(Viewer.MANAGER_WHO_COORDINATES, WITHDRAWN, true, true),

            row(Viewer.THIRD_PARTY, APPLIED, false, false),
            row(Viewer.THIRD_PARTY, AWAITING_MANAGER, false, false),
            row(Viewer.THIRD_PARTY, AWAITING_COORDINATOR, false, false),
            row(Viewer.THIRD_PARTY, APPROVED, false, false),
            row(Viewer.THIRD_PARTY, DECLINED, false, false),
            row(Viewer.THIRD_PARTY, WITHDRAWN, false, false),

            row(Viewer.NOBODY_SIGNED_IN, APPLIED, false, false),
            row(Viewer.NOBODY_SIGNED_IN, AWAITING_MANAGER, false, false),
            row(Viewer.NOBODY_SIGNED_IN, AWAITING_COORDINATOR, false, false),
            row(Viewer.NOBODY_SIGNED_IN, APPROVED, false, false),
            row(Viewer.NOBODY_SIGNED_IN, DECLINED, false, false),
            row(Viewer.NOBODY_SIGNED_IN, WITHDRAWN, false, false));

    /** Once enrolment has closed the applicant may no longer edit; everything else stays. */
    private static final List<Row> CLOSED = List.of(
            row(Viewer.APPLICANT, APPLIED, true, true, WITHDRAW, CONFIRM),
            row(Viewer.APPLICANT, AWAITING_MANAGER, true, true, WITHDRAW),
            row(Viewer.APPLICANT, AWAITING_COORDINATOR, true, true, WITHDRAW),
            row(Viewer.MANAGER, AWAITING_MANAGER, true, false, APPROVE_AS_MANAGER, DECLINE_AS_MANAGER),
            row(Viewer.COORDINATOR, AWAITING_COORDINATOR, true, true, APPROVE_AS_COORDINATOR, DECLINE_AS_COORDINATOR));

    @Test
    public void everyViewerAndState_shouldGetTheTablesVisibilityAndActions() {
        assertEquals("every viewer against every state", Viewer.values().length * ParticipantState.values().length,
                OPEN.size());
        check(ProgrammePhase.ENROLMENT_OPEN, OPEN);
    }

    @Test
    public void closedEnrolment_shouldTakeOnlyEditAway() {
        check(ProgrammePhase.MATCHING, CLOSED);
    }

    @Test
    public void editable_shouldNeedOpenEnrolmentAndAnUndecidedApplication() {
        for (ParticipantState state : ParticipantState.values()) {
            boolean undecided = state == APPLIED || state == AWAITING_MANAGER || state == AWAITING_COORDINATOR;
            assertEquals(state.name(), undecided,
                    access(Viewer.APPLICANT, state, programme(ProgrammePhase.ENROLMENT_OPEN, true)).editable());
            for (ProgrammePhase phase : ProgrammePhase.values()) {
                if (phase != ProgrammePhase.ENROLMENT_OPEN) {
                    assertFalse(phase + " " + state, access(Viewer.APPLICANT, state, programme(phase, true))
                            .editable());
                }
            }
        }
    }

    @Test
    public void shown_shouldHideThePreferredAndExcludedPeopleFromWhoeverMayNotSeeThem() {
        for (Viewer viewer : Viewer.values()) {
            ApplicationAccess access = access(viewer, AWAITING_MANAGER, programme(ProgrammePhase.ENROLMENT_OPEN,
                    true));
            List<String> expected = access.seesPeople() ? List.of("olga") : List.of();
            assertEquals(viewer.name(), expected, access.shown().preferredUserKeys());
            assertEquals(viewer.name(), access.seesPeople() ? List.of(EVE) : List.of(),
                    access.shown().excludedUserKeys());
        }
    }

    @Test
    public void own_shouldGiveTheApplicantsViewWhetherOrNotTheyCoordinate() {
        Programme programme = programme(ProgrammePhase.ENROLMENT_OPEN, true);
        for (ParticipantState state : ParticipantState.values()) {
            ApplicationAccess own = ApplicationAccess.own(application(state, MIA), programme, BOSS);
            ApplicationAccess asCoordinator = access(Viewer.COORDINATOR_WHO_APPLIED, state, programme);
            assertTrue(own.applicant());
            assertEquals(state.name(), asCoordinator.actions(), own.actions());
            assertEquals(state.name(), asCoordinator.shown(), own.shown());
            assertEquals(state.name(), asCoordinator.mayView(), own.mayView());
        }
    }

    @Test
    public void mayDecideAsCoordinator_shouldNeedACoordinatorWhoIsNotTheApplicant() {
        Programme programme = programme(ProgrammePhase.ENROLMENT_OPEN, true);
        assertTrue(access(Viewer.COORDINATOR, AWAITING_COORDINATOR, programme).mayDecideAsCoordinator());
        assertTrue(access(Viewer.MANAGER_WHO_COORDINATES, AWAITING_COORDINATOR, programme).mayDecideAsCoordinator());
        assertFalse(access(Viewer.COORDINATOR_WHO_APPLIED, AWAITING_COORDINATOR, programme).mayDecideAsCoordinator());
        assertFalse(access(Viewer.MANAGER, AWAITING_COORDINATOR, programme).mayDecideAsCoordinator());
        assertFalse(access(Viewer.APPLICANT, AWAITING_COORDINATOR, programme).mayDecideAsCoordinator());
    }

    @Test
    public void nominated_shouldMeanAnApplicationSomebodyElseStartedThatAwaitsConfirmation() {
        Programme programme = programme(ProgrammePhase.ENROLMENT_OPEN, true);
        assertTrue(new ApplicationAccess(application(APPLIED, BOSS), programme, BOSS, MIA, false).nominated());
        assertFalse("applied by herself", new ApplicationAccess(application(APPLIED, MIA), programme, BOSS, MIA,
                false).nominated());
        assertFalse("nobody recorded", new ApplicationAccess(application(APPLIED, null), programme, BOSS, MIA,
                false).nominated());
        assertFalse("confirmed", new ApplicationAccess(application(AWAITING_COORDINATOR, BOSS), programme, BOSS,
                MIA, false).nominated());
    }

    @Test
    public void managerStepSkipped_shouldMeanApprovalAskedButNoManagerToAsk() {
        Programme asks = programme(ProgrammePhase.ENROLMENT_OPEN, true);
        Programme asksNot = programme(ProgrammePhase.ENROLMENT_OPEN, false);
        assertTrue(new ApplicationAccess(application(AWAITING_COORDINATOR, MIA), asks, null, MIA, false)
                .managerStepSkipped());
        assertFalse("has a manager", new ApplicationAccess(application(AWAITING_COORDINATOR, MIA), asks, BOSS, MIA,
                false).managerStepSkipped());
        assertFalse("no approval asked", new ApplicationAccess(application(AWAITING_COORDINATOR, MIA), asksNot,
                null, MIA, false).managerStepSkipped());
        assertFalse("a nomination not yet confirmed", new ApplicationAccess(application(APPLIED, BOSS), asks, null,
                MIA, false).managerStepSkipped());
    }

    @Test
    public void with_shouldKeepTheRelationForTheChangedApplication() {
        ApplicationAccess before = access(Viewer.MANAGER, AWAITING_MANAGER,
                programme(ProgrammePhase.ENROLMENT_OPEN, true));

        ApplicationAccess after = before.with(application(AWAITING_COORDINATOR, BOSS));

        assertEquals(AWAITING_COORDINATOR, after.participant().state());
        assertEquals(BOSS, after.managerKey());
        assertEquals(BOSS, after.viewer());
        assertTrue(after.manager());
        assertEquals(Set.of(), after.actions());
    }

    private static void check(ProgrammePhase phase, List<Row> rows) {
        Programme programme = programme(phase, true);
        for (Row row : rows) {
            ApplicationAccess access = access(row.viewer(), row.state(), programme);
            String where = phase + " " + row.viewer() + " " + row.state();
            assertEquals(where + " mayView", row.mayView(), access.mayView());
            assertEquals(where + " seesPeople", row.seesPeople(), access.seesPeople());
            assertEquals(where + " actions", row.actions(), access.actions());
        }
    }

    private static ApplicationAccess access(Viewer viewer, ParticipantState state, Programme programme) {
        return new ApplicationAccess(application(state, MIA), programme, BOSS, viewer.key, viewer.coordinator);
    }

    private static Participant application(ParticipantState state, String decidedBy) {
        return new Participant(21, 1, 7, MIA, ParticipantRole.MENTEE, List.of(1), 1, null, "Grow", null, null,
                List.of("olga"), List.of(EVE), state, decidedBy, Instant.parse("2026-11-23T10:15:30Z"));
    }

    private static Programme programme(ProgrammePhase phase, boolean managerApproval) {
        return new Programme(7, 1, "Leaders of tomorrow", "MENTOR", ProgrammeType.ONE_TO_ONE, "Grow new managers",
                null, LocalDate.of(2027, 1, 1), 12, Cadence.MONTHLY, null, managerApproval, false, phase);
    }
}
