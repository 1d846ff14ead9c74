package org.tandem.mentoring.domain.pairing;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;

/**
 * A mentee paired with a mentor in a programme, from staging to its end.
 *
 * <p>{@code id} and {@code version} are 0 before the pairing is stored. {@code score}, {@code breakdown} and
 * {@code explanation} come from the matching engine; {@code warnings} are the soft concerns a coordinator overrode
 * and {@code reason} is the coordinator's written reason for doing so. {@code managerKey} is the mentee's direct
 * manager when the pairing was published (null when the org chart names none). {@code createdBy}/{@code createdAt}
 * say who staged it; {@code decidedBy}/{@code decidedAt} who took the last step; {@code endReason} why it ended or
 * was declined.
 */
public record Pairing(
        int id,
        int version,
        int programmeId,
        String menteeKey,
        String mentorKey,
        PairingState state,
        int score,
        Map<Criterion, Integer> breakdown,
        Explanation explanation,
        Set<PairingWarning> warnings,
        String reason,
        String managerKey,
        Consent menteeConsent,
        Consent mentorConsent,
        Consent managerConsent,
        Consent sponsorConsent,
        String sponsorKey,
        String createdBy,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt,
        String endReason) {

    public Pairing {
        Objects.requireNonNull(menteeKey, "menteeKey");
        Objects.requireNonNull(mentorKey, "mentorKey");
        Objects.requireNonNull(state, "state");
        EnumMap<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        if (breakdown != null) {
            points.putAll(breakdown);
        }
        breakdown = Collections.unmodifiableMap(points);
        explanation = explanation == null ? new Explanation(java.util.List.of()) : explanation;
        warnings = warnings == null || warnings.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(warnings));
        menteeConsent = Objects.requireNonNullElse(menteeConsent, Consent.PENDING);
        mentorConsent = Objects.requireNonNullElse(mentorConsent, Consent.PENDING);
        managerConsent = Objects.requireNonNullElse(managerConsent, Consent.PENDING);
        sponsorConsent = Objects.requireNonNullElse(sponsorConsent, Consent.NOT_REQUIRED);
    }

    /** A staged pairing from an engine proposal. */
    public static Pairing staged(int programmeId, Proposal proposal, Set<PairingWarning> warnings, String reason,
            String createdBy, Instant createdAt) {
        return new Pairing(0, 0, programmeId, proposal.menteeKey(), proposal.mentorKey(), PairingState.STAGED,
                proposal.score(), proposal.breakdown(), proposal.explanation(), warnings, reason, null,
                Consent.PENDING, Consent.PENDING, Consent.PENDING, Consent.NOT_REQUIRED, null, createdBy, createdAt,
                createdBy, createdAt, null);
    }

    /** The same mentee with another mentor, scored and explained afresh (a swap). */
    public Pairing withMentor(Proposal proposal, Set<PairingWarning> newWarnings, String newReason) {
        if (!proposal.menteeKey().equals(menteeKey)) {
            throw new IllegalArgumentException("proposal is for " + proposal.menteeKey() + ", not " + menteeKey);
        }
        return new Pairing(id, version, programmeId, menteeKey, proposal.mentorKey(), state, proposal.score(),
                proposal.breakdown(), proposal.explanation(), newWarnings, newReason, managerKey, menteeConsent,
                mentorConsent, managerConsent, sponsorConsent, sponsorKey, createdBy, createdAt, decidedBy,
                decidedAt, endReason);
    }

    /**
     * Published to the pair: both sides are asked, the manager too unless {@code managerKey} is null (then the step
     * is skipped), and a sponsor when the programme asks for one.
     */
    public Pairing proposed(String newManagerKey, boolean sponsorRequired) {
        requireMove(PairingState.PROPOSED);
        return new Pairing(id, version, programmeId, menteeKey, mentorKey, PairingState.PROPOSED, score, breakdown,
                explanation, warnings, reason, newManagerKey, Consent.PENDING, Consent.PENDING,
                newManagerKey == null ? Consent.SKIPPED : Consent.PENDING,
                sponsorRequired ? Consent.PENDING : Consent.NOT_REQUIRED, null, createdBy, createdAt, decidedBy,
                decidedAt, endReason);
    }

    public Consent consentOf(Party party) {
        return switch (party) {
            case MENTEE -> menteeConsent;
            case MENTOR -> mentorConsent;
            case MANAGER -> managerConsent;
            case SPONSOR -> sponsorConsent;
        };
    }

    /** True when the pairing is proposed and waits for this party's answer. */
    public boolean waitsFor(Party party) {
        return state == PairingState.PROPOSED && consentOf(party) == Consent.PENDING;
    }

    /** True when every party the pairing needs has settled. */
    public boolean allConsentsIn() {
        return menteeConsent.isSettled() && mentorConsent.isSettled() && managerConsent.isSettled()
                && sponsorConsent.isSettled();
    }

    /**
     * Records one party's answer ({@link Consent#GIVEN} or {@link Consent#DECLINED}). A decline declines the
     * pairing; the last consent needed makes it active. {@code sponsor} is the sponsor's key (ignored otherwise);
     * {@code declineReason} is kept as the end reason of a decline.
     */
    public Pairing withConsent(Party party, Consent answer, String sponsor, String declineReason) {
        if (answer != Consent.GIVEN && answer != Consent.DECLINED) {
            throw new IllegalArgumentException("an answer is GIVEN or DECLINED, not " + answer);
        }
        if (!waitsFor(party)) {
            throw new IllegalStateException(party + " has nothing to answer on pairing " + id);
        }
        if (answer == Consent.DECLINED && party == Party.MANAGER) {
            throw new IllegalArgumentException("a manager acknowledges; there is nothing to decline");
        }
        Consent mentee = party == Party.MENTEE ? answer : menteeConsent;
        Consent mentor = party == Party.MENTOR ? answer : mentorConsent;
        Consent manager = party == Party.MANAGER ? answer : managerConsent;
        Consent sponsorAnswer = party == Party.SPONSOR ? answer : sponsorConsent;
        String sponsorWho = party == Party.SPONSOR ? sponsor : sponsorKey;
        Pairing answered = new Pairing(id, version, programmeId, menteeKey, mentorKey, state, score, breakdown,
                explanation, warnings, reason, managerKey, mentee, mentor, manager, sponsorAnswer, sponsorWho,
                createdBy, createdAt, decidedBy, decidedAt, answer == Consent.DECLINED ? declineReason : endReason);
        if (answer == Consent.DECLINED) {
            return answered.inState(PairingState.DECLINED);
        }
        return answered.allConsentsIn() ? answered.inState(PairingState.ACTIVE) : answered;
    }

    /**
     * The same pairing with the manager the org chart names now (null for none): the stored one is who it was at
     * publish, but a reorganisation moves who sees the pairing and who acknowledges it.
     */
    public Pairing withManager(String currentManagerKey) {
        return new Pairing(id, version, programmeId, menteeKey, mentorKey, state, score, breakdown, explanation,
                warnings, reason, currentManagerKey, menteeConsent, mentorConsent, managerConsent, sponsorConsent,
                sponsorKey, createdBy, createdAt, decidedBy, decidedAt, endReason);
    }

    /**
     * The manager's acknowledgement is no longer asked for (the mentee has no active manager now), as at publish
     * when the org chart names none; the pairing becomes active when every other consent is in.
     */
    public Pairing managerSkipped() {
        if (!waitsFor(Party.MANAGER)) {
            throw new IllegalStateException("pairing " + id + " does not wait for a manager");
        }
        Pairing skipped = new Pairing(id, version, programmeId, menteeKey, mentorKey, state, score, breakdown,
                explanation, warnings, reason, managerKey, menteeConsent, mentorConsent, Consent.SKIPPED,
                sponsorConsent, sponsorKey, createdBy, createdAt, decidedBy, decidedAt, endReason);
        return skipped.allConsentsIn() ? skipped.inState(PairingState.ACTIVE) : skipped;
    }

    /** Ends an active pairing, with the reason given. */
    public Pairing ended(String why) {
        requireMove(PairingState.ENDED);
        return new Pairing(id, version, programmeId, menteeKey, mentorKey, PairingState.ENDED, score, breakdown,
                explanation, warnings, reason, managerKey, menteeConsent, mentorConsent, managerConsent,
                sponsorConsent, sponsorKey, createdBy, createdAt, decidedBy, decidedAt, why);
    }

    /** Records who took the last step and when. */
    public Pairing decidedBy(String who, Instant when) {
        return new Pairing(id, version, programmeId, menteeKey, mentorKey, state, score, breakdown, explanation,
                warnings, reason, managerKey, menteeConsent, mentorConsent, managerConsent, sponsorConsent,
                sponsorKey, createdBy, createdAt, who, when, endReason);
    }

    /** The same pairing at another version (what a caller read). */
    public Pairing atVersion(int expectedVersion) {
        return new Pairing(id, expectedVersion, programmeId, menteeKey, mentorKey, state, score, breakdown,
                explanation, warnings, reason, managerKey, menteeConsent, mentorConsent, managerConsent,
                sponsorConsent, sponsorKey, createdBy, createdAt, decidedBy, decidedAt, endReason);
    }

    private Pairing inState(PairingState target) {
        requireMove(target);
        return new Pairing(id, version, programmeId, menteeKey, mentorKey, target, score, breakdown, explanation,
                warnings, reason, managerKey, menteeConsent, mentorConsent, managerConsent, sponsorConsent,
                sponsorKey, createdBy, createdAt, decidedBy, decidedAt, endReason);
    }

    private void requireMove(PairingState target) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException("pairing " + id + " cannot move from " + state + " to " + target);
        }
    }
}
