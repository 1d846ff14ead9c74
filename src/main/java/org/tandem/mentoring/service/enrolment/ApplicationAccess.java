package org.tandem.mentoring.service.enrolment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;

/**
 * One application and how the person asking relates to it: who may see it, how much of it, and which steps they
 * may take now.
 * <ul>
 * <li>the applicant sees everything, edits while it is undecided and enrolment is open, confirms a nomination and
 * withdraws it;</li>
 * <li>the applicant's direct manager sees it without the preferred and excluded people, and approves or declines
 * it while it awaits the manager;</li>
 * <li>coordinators of the programme see everything, and approve or decline it while it awaits a coordinator,
 * unless it is their own;</li>
 * <li>anybody else may not see it at all.</li>
 * </ul>
 *
 * @param participant the stored application
 * @param programme   its programme
 * @param managerKey  the applicant's direct manager, or null
 * @param viewer      the person asking, or null when nobody is signed in
 * @param coordinator whether the person asking coordinates the programme
 */
public record ApplicationAccess(Participant participant, Programme programme, String managerKey, String viewer,
        boolean coordinator) {

    /**
     * The applicant's own view of their application. Coordinating the programme adds nothing to it: the applicant
     * already sees everything, and nobody decides on their own application.
     */
    public static ApplicationAccess own(Participant participant, Programme programme, String managerKey) {
        return new ApplicationAccess(participant, programme, managerKey, participant.userKey(), false);
    }

    /** The same relation to the application after a change. */
    public ApplicationAccess with(Participant changed) {
        return new ApplicationAccess(changed, programme, managerKey, viewer, coordinator);
    }

    public boolean applicant() {
        return viewer != null && viewer.equals(participant.userKey());
    }

    public boolean manager() {
        return viewer != null && viewer.equals(managerKey);
    }

    public boolean mayView() {
        return applicant() || manager() || coordinator;
    }

    /** Whether the viewer may decide as a coordinator: they coordinate and it is not their own application. */
    public boolean mayDecideAsCoordinator() {
        return coordinator && !applicant();
    }

    /** Whether the application may still be changed: enrolment is open and nobody has decided yet. */
    public boolean editable() {
        ParticipantState state = participant.state();
        return programme.phase() == ProgrammePhase.ENROLMENT_OPEN && (state == ParticipantState.APPLIED
                || state == ParticipantState.AWAITING_MANAGER || state == ParticipantState.AWAITING_COORDINATOR);
    }

    /**
     * Whether an edit sends the application back to the manager: the manager approved it (it now waits for a
     * coordinator), so a changed application needs the manager's approval again.
     */
    static boolean backToManagerAfterEdit(ApplicationAccess access) {
        Participant participant = access.participant();
        return participant.state() == ParticipantState.AWAITING_COORDINATOR && access.managerKey() != null
                && access.programme().managerApprovalRequired()
                && access.managerKey().equals(participant.decidedBy());
    }

    /** Whether the viewer sees why the last decision was taken: its author and the coordinators only. */
    public boolean seesDecisionReason() {
        return coordinator || (viewer != null && viewer.equals(participant.decidedBy()));
    }

    /** Whether the viewer sees whom the applicant would prefer or rather not work with. */
    public boolean seesPeople() {
        return applicant() || coordinator;
    }

    /** The application as far as the viewer may see it. */
    public Participant shown() {
        return seesPeople() ? participant : participant.withPeople(List.of(), List.of());
    }

    /** The steps the viewer may take now. */
    public Set<ApplicationAction> actions() {
        Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
        ParticipantState state = participant.state();
        if (applicant()) {
            if (editable()) {
                actions.add(ApplicationAction.EDIT);
            }
            if (state.canMoveTo(ParticipantState.WITHDRAWN)) {
                actions.add(ApplicationAction.WITHDRAW);
            }
            if (state == ParticipantState.APPLIED) {
                actions.add(ApplicationAction.CONFIRM);
            }
        }
        if (manager() && state == ParticipantState.AWAITING_MANAGER) {
            actions.add(ApplicationAction.APPROVE_AS_MANAGER);
            actions.add(ApplicationAction.DECLINE_AS_MANAGER);
        }
        if (mayDecideAsCoordinator() && state == ParticipantState.AWAITING_COORDINATOR) {
            actions.add(ApplicationAction.APPROVE_AS_COORDINATOR);
            actions.add(ApplicationAction.DECLINE_AS_COORDINATOR);
        }
        return actions;
    }

    /** The manager nominated the applicant, who has yet to confirm. */
    public boolean nominated() {
        return participant.state() == ParticipantState.APPLIED && participant.decidedBy() != null
                && !participant.decidedBy().equals(participant.userKey());
    }

    /**
     * The programme asks for manager approval but the applicant has no manager, so the application went straight
     * to the coordinators.
     */
    public boolean managerStepSkipped() {
        return programme.managerApprovalRequired() && managerKey == null
                && participant.state() != ParticipantState.APPLIED;
    }
}
