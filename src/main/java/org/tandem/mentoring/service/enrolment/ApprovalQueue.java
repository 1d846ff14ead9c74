package org.tandem.mentoring.service.enrolment;

import java.util.List;
import org.tandem.mentoring.domain.programme.Programme;

/**
 * The applications of one programme that wait for one person's decision.
 *
 * @param asManager     applications of the person's direct reports awaiting their manager
 * @param asCoordinator applications awaiting a coordinator, filled for coordinators only (never their own)
 */
public record ApprovalQueue(
        Programme programme,
        boolean coordinator,
        List<Application> asManager,
        List<Application> asCoordinator) {

    public ApprovalQueue {
        asManager = List.copyOf(asManager);
        asCoordinator = List.copyOf(asCoordinator);
    }

    public boolean isEmpty() {
        return asManager.isEmpty() && asCoordinator.isEmpty();
    }
}
