package org.tandem.mentoring.domain.programme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A mentoring programme and its charter.
 *
 * <p>{@code id} and {@code version} are 0 for a programme that has not been stored yet. {@code startDate} may be
 * null while the programme is a draft. {@code relaxDownReason}, when not null, is the coordinator's reason for letting
 * a mentor be below the mentee in the mentee's line of authority; without it neither may be in the other's line.
 * {@code spaceId} is the id of the space the programme was made for: a space key can be used again once its space
 * is removed, the id never is. It is 0 when the space is not known.
 */
public record Programme(
        int id,
        int version,
        String name,
        String spaceKey,
        ProgrammeType type,
        String purpose,
        String goals,
        LocalDate startDate,
        int durationMonths,
        Cadence cadence,
        String confidentialityRules,
        boolean managerApprovalRequired,
        boolean sponsorApprovalRequired,
        ProgrammePhase phase,
        String relaxDownReason,
        long spaceId) {

    public static final int DEFAULT_DURATION_MONTHS = 12;

    /** A programme whose line-of-authority rule is not relaxed and whose space id is not known. */
    public Programme(int id, int version, String name, String spaceKey, ProgrammeType type, String purpose,
            String goals, LocalDate startDate, int durationMonths, Cadence cadence, String confidentialityRules,
            boolean managerApprovalRequired, boolean sponsorApprovalRequired, ProgrammePhase phase) {
        this(id, version, name, spaceKey, type, purpose, goals, startDate, durationMonths, cadence,
                confidentialityRules, managerApprovalRequired, sponsorApprovalRequired, phase, null, 0L);
    }

    /** A new draft programme with the defaults: 12 months, monthly meetings, manager approval required. */
    public static Programme draft(String name, String spaceKey, ProgrammeType type) {
        return new Programme(0, 0, name, spaceKey, type, null, null, null, DEFAULT_DURATION_MONTHS,
                Cadence.MONTHLY, null, true, false, ProgrammePhase.DRAFT);
    }

    /** The downward half of the line-of-authority rule relaxed for {@code reason}; null keeps the whole rule. */
    public Programme withRelaxDownReason(String reason) {
        return new Programme(id, version, name, spaceKey, type, purpose, goals, startDate, durationMonths, cadence,
                confidentialityRules, managerApprovalRequired, sponsorApprovalRequired, phase, reason, spaceId);
    }

    public Programme withPhase(ProgrammePhase newPhase) {
        return new Programme(id, version, name, spaceKey, type, purpose, goals, startDate, durationMonths, cadence,
                confidentialityRules, managerApprovalRequired, sponsorApprovalRequired,
                Objects.requireNonNull(newPhase, "phase"), relaxDownReason, spaceId);
    }

    public Programme withCharter(String newPurpose, String newGoals, String newConfidentialityRules) {
        return new Programme(id, version, name, spaceKey, type, newPurpose, newGoals, startDate, durationMonths,
                cadence, newConfidentialityRules, managerApprovalRequired, sponsorApprovalRequired, phase,
                relaxDownReason, spaceId);
    }

    public Programme withSchedule(LocalDate newStartDate, int newDurationMonths, Cadence newCadence) {
        return new Programme(id, version, name, spaceKey, type, purpose, goals, newStartDate, newDurationMonths,
                newCadence, confidentialityRules, managerApprovalRequired, sponsorApprovalRequired, phase,
                relaxDownReason, spaceId);
    }

    public Programme withApprovals(boolean manager, boolean sponsor) {
        return new Programme(id, version, name, spaceKey, type, purpose, goals, startDate, durationMonths, cadence,
                confidentialityRules, manager, sponsor, phase, relaxDownReason, spaceId);
    }

    public Programme withName(String newName) {
        return new Programme(id, version, newName, spaceKey, type, purpose, goals, startDate, durationMonths, cadence,
                confidentialityRules, managerApprovalRequired, sponsorApprovalRequired, phase, relaxDownReason,
                spaceId);
    }

    public Programme withSpaceId(long newSpaceId) {
        return new Programme(id, version, name, spaceKey, type, purpose, goals, startDate, durationMonths, cadence,
                confidentialityRules, managerApprovalRequired, sponsorApprovalRequired, phase, relaxDownReason,
                newSpaceId);
    }

    /** The last day of the programme, or null while it has no start date. */
    public LocalDate endDate() {
        return startDate == null ? null : startDate.plusMonths(durationMonths).minusDays(1);
    }
}
