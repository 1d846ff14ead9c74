package org.tandem.mentoring.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;

/**
 * The rows of {@link AoPairingStore}: a pairing and an entry of its log as the columns the store writes, and the
 * records it reads back. Only mapping and the checks of {@link Row}; no queries.
 */
final class PairingRows {

    private static final String RECORD = "pairing";

    private PairingRows() {
    }

    /** The columns of one entry of a pairing's log, checked against the limits of the store. */
    static Map<String, Object> eventRow(int programmeId, int pairingId, PairingEventType type,
            String actorKey, Instant at, String detail) {
        return new Row("pairingEvent")
                .value(PairingEventEntity.PROGRAMME_ID, programmeId)
                .value(PairingEventEntity.PAIRING_ID, pairingId)
                .required(PairingEventEntity.EVENT_TYPE, "type", type)
                .required(PairingEventEntity.ACTOR_KEY, "actorKey", actorKey, StoreLimits.KEY)
                .value(PairingEventEntity.OCCURRED_AT, Objects.requireNonNull(at, "at").toEpochMilli())
                .optional(PairingEventEntity.DETAIL, "detail", detail, StoreLimits.LONG_TEXT)
                .values();
    }

    /** The event a log row holds. */
    static PairingEvent toEvent(PairingEventEntity e) {
        return new PairingEvent(e.getID(), e.getProgrammeId(), e.getPairingId(),
                PairingEventType.valueOf(e.getEventType()), e.getActorKey(), Instant.ofEpochMilli(e.getOccurredAt()),
                e.getDetail());
    }

    /**
     * The columns of a pairing, checked against the limits of the store (id and version are left to the caller).
     * The score detail is stored as the compact text of {@link PairingDetailCodec}, the warnings as their names.
     */
    static Map<String, Object> columns(Pairing pairing) {
        String detail = PairingDetailCodec.encode(pairing.breakdown(), pairing.explanation());
        return new Row(RECORD)
                .value(PairingEntity.PROGRAMME_ID, pairing.programmeId())
                .required(PairingEntity.MENTEE_KEY, "menteeKey", pairing.menteeKey(), StoreLimits.KEY)
                .required(PairingEntity.MENTOR_KEY, "mentorKey", pairing.mentorKey(), StoreLimits.KEY)
                .optional(PairingEntity.MANAGER_KEY, "managerKey", pairing.managerKey(), StoreLimits.KEY)
                .required(PairingEntity.STATE, "state", pairing.state())
                .value(PairingEntity.SCORE, pairing.score())
                .optional(PairingEntity.DETAIL, "detail", detail, StoreLimits.LONG_TEXT)
                .optional(PairingEntity.WARNINGS, "warnings", pairing.warnings().stream().map(Enum::name)
                        .collect(Collectors.joining(",")), StoreLimits.NAME)
                .optional(PairingEntity.REASON, "reason", pairing.reason(), StoreLimits.LONG_TEXT)
                .required(PairingEntity.MENTEE_CONSENT, "menteeConsent", pairing.menteeConsent())
                .required(PairingEntity.MENTOR_CONSENT, "mentorConsent", pairing.mentorConsent())
                .required(PairingEntity.MANAGER_CONSENT, "managerConsent", pairing.managerConsent())
                .required(PairingEntity.SPONSOR_CONSENT, "sponsorConsent", pairing.sponsorConsent())
                .optional(PairingEntity.SPONSOR_KEY, "sponsorKey", pairing.sponsorKey(), StoreLimits.KEY)
                .optional(PairingEntity.CREATED_BY, "createdBy", pairing.createdBy(), StoreLimits.KEY)
                .value(PairingEntity.CREATED_AT, millis(pairing.createdAt()))
                .optional(PairingEntity.DECIDED_BY, "decidedBy", pairing.decidedBy(), StoreLimits.KEY)
                .value(PairingEntity.DECIDED_AT, millis(pairing.decidedAt()))
                .optional(PairingEntity.END_REASON, "endReason", pairing.endReason(), StoreLimits.LONG_TEXT)
                .values();
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** The pairing a row holds. */
    static Pairing toRecord(PairingEntity e) {
        PairingDetailCodec.Detail detail = PairingDetailCodec.decode(e.getDetail());
        Set<PairingWarning> warnings = EnumSet.noneOf(PairingWarning.class);
        if (e.getWarnings() != null && !e.getWarnings().isEmpty()) {
            for (String code : e.getWarnings().split(",")) {
                warnings.add(PairingWarning.valueOf(code));
            }
        }
        return new Pairing(e.getID(), e.getVersion(), e.getProgrammeId(), e.getMenteeKey(), e.getMentorKey(),
                PairingState.valueOf(e.getState()), e.getScore(), detail.breakdown(), detail.explanation(), warnings,
                e.getReason(), e.getManagerKey(), Consent.valueOf(e.getMenteeConsent()),
                Consent.valueOf(e.getMentorConsent()), Consent.valueOf(e.getManagerConsent()),
                Consent.valueOf(e.getSponsorConsent()), e.getSponsorKey(), e.getCreatedBy(),
                instant(e.getCreatedAt()), e.getDecidedBy(), instant(e.getDecidedAt()), e.getEndReason());
    }
}
