package org.tandem.mentoring.service.enrolment;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

/**
 * Deciding on applications: the applicant's direct manager approves (on to the coordinators) or declines what
 * awaits the manager, a coordinator of the programme what awaits a coordinator, except their own. A decline needs
 * a reason.
 */
@Named
public class ApplicationDecisions {

    private final EnrolmentGate gate;
    private final Clock clock;

    @Inject
    public ApplicationDecisions(EnrolmentGate gate, HostClock hostClock) {
        this(gate, hostClock.clock());
    }

    ApplicationDecisions(EnrolmentGate gate, Clock clock) {
        this.gate = gate;
        this.clock = clock;
    }

    /** The direct manager's decision: approve (on to the coordinators) or decline with a reason. */
    public Application decideAsManager(int applicationId, int version, Verdict verdict, String reason) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            ApplicationAccess access = gate.application(applicationId, viewer);
            if (!access.manager()) {
                throw new Refusal.Forbidden(EnrolmentRefusals.NOT_MANAGER);
            }
            return decide(access, ParticipantState.AWAITING_MANAGER, version, verdict, reason,
                    ParticipantState.AWAITING_COORDINATOR);
        });
    }

    /** A coordinator's decision: approve or decline with a reason. Nobody decides on their own application. */
    public Application decideAsCoordinator(int applicationId, int version, Verdict verdict, String reason) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            ApplicationAccess access = gate.application(applicationId, viewer);
            if (!access.mayDecideAsCoordinator()) {
                throw new Refusal.Forbidden(EnrolmentRefusals.NOT_COORDINATOR);
            }
            return decide(access, ParticipantState.AWAITING_COORDINATOR, version, verdict, reason,
                    ParticipantState.APPROVED);
        });
    }

    private Application decide(ApplicationAccess access, ParticipantState awaiting, int version, Verdict verdict,
            String reason, ParticipantState approved) {
        if (access.participant().state() != awaiting) {
            throw new Refusal.Conflict(EnrolmentRefusals.STATE);
        }
        Map<String, FieldError> errors = ApplicationRules.checkReason(Objects.requireNonNull(verdict, "verdict"),
                reason);
        if (!errors.isEmpty()) {
            throw EnrolmentRefusals.invalid(errors);
        }
        return gate.moveTo(access, version, verdict == Verdict.APPROVE ? approved : ParticipantState.DECLINED,
                reason, clock.instant());
    }
}
