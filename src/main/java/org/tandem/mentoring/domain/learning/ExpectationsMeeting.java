package org.tandem.mentoring.domain.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The meeting a mentee holds with their direct manager before the first mentor meeting (seed 002): when it was
 * held, the learning themes they agreed, how the manager will support the mentee (time given, tasks to practise
 * on), and notes that only the two of them read. One record per pairing and manager: after a reorganisation the
 * new manager holds their own.
 */
public record ExpectationsMeeting(int id, int pairingId, String menteeKey, String managerKey, LocalDate heldOn,
        List<Integer> themeIds, String supportTime, String supportTasks, String notes, String updatedBy,
        Instant updatedAt, int version) {

    public static final int MAX_TIME = 450;
    public static final int MAX_TEXT = 4000;

    public ExpectationsMeeting {
        Objects.requireNonNull(menteeKey, "menteeKey");
        Objects.requireNonNull(managerKey, "managerKey");
        Objects.requireNonNull(heldOn, "heldOn");
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }
}
