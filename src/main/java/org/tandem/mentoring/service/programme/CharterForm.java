package org.tandem.mentoring.service.programme;

import java.time.LocalDate;
import org.tandem.mentoring.domain.programme.Cadence;

/**
 * The charter as a coordinator submits it: every field replaces the stored one. {@code version} is the version of
 * the programme the coordinator read. Null booleans count as false.
 */
public record CharterForm(
        int version,
        String purpose,
        String goals,
        String confidentialityRules,
        LocalDate startDate,
        Integer durationMonths,
        Cadence cadence,
        Boolean managerApprovalRequired,
        Boolean sponsorApprovalRequired) {
}
