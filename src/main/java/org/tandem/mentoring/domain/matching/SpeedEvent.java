package org.tandem.mentoring.domain.matching;

import java.time.Instant;
import java.util.List;

/**
 * A speed-mentoring event of a programme: when and where it takes place, how long a round lasts, how many rounds
 * and tables it has, who takes part (an empty list: the programme's approved applicants) and which side stays
 * seated while the other rotates.
 */
public record SpeedEvent(
        int id,
        int programmeId,
        Instant startsAt,
        String place,
        int minutesPerRound,
        int rounds,
        int tables,
        List<String> participantKeys,
        boolean mentorsSeated,
        int version) {

    public static final int MAX_MINUTES = 120;
    public static final int MAX_ROUNDS = 30;
    public static final int MAX_TABLES = 100;
    public static final int MAX_PLACE = 450;

    public SpeedEvent {
        participantKeys = participantKeys == null ? List.of() : List.copyOf(participantKeys);
    }

    /**
     * When round {@code round} (from 1) starts: rounds follow each other without a pause, and "round
     * {@code rounds + 1}" starts when the event ends.
     */
    public Instant roundStart(int round) {
        return startsAt.plusSeconds(60L * minutesPerRound * (round - 1));
    }

    /** True when the event takes the programme's approved applicants rather than a chosen few. */
    public boolean allApproved() {
        return participantKeys.isEmpty();
    }
}
