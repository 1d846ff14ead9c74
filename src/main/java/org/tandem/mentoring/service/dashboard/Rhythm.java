package org.tandem.mentoring.service.dashboard;

import java.time.Duration;
import java.time.Instant;
import org.tandem.mentoring.domain.programme.Cadence;

/**
 * A running pairing's rhythm against its cadence: the sessions it should have held by now (one per cadence since
 * it became active), those it held, and whether it is dormant (no session, or none since it began, for more than
 * twice its cadence).
 */
public record Rhythm(Cadence cadence, int held, int expected, Instant lastSession, boolean dormant) {

    /** Where a pairing stands: on track (at most one session behind), behind, or dormant. */
    public enum Standing { ON_TRACK, BEHIND, DORMANT }

    public static Rhythm of(Cadence cadence, int held, Long lastSessionAt, Long activeSince, Instant now) {
        Instant last = lastSessionAt == null ? null : Instant.ofEpochMilli(lastSessionAt);
        Instant since = activeSince == null ? now : Instant.ofEpochMilli(activeSince);
        long days = Math.max(0, Duration.between(since, now).toDays());
        int expected = (int) (days / cadence.days());
        Instant quietSince = last != null ? last : since;
        boolean dormant = Duration.between(quietSince, now).toDays() > 2L * cadence.days();
        return new Rhythm(cadence, held, expected, last, dormant);
    }

    public Standing standing() {
        return dormant ? Standing.DORMANT : held + 1 >= expected ? Standing.ON_TRACK : Standing.BEHIND;
    }

    /** The cadence of a pairing: its own if it set one, else its programme's. */
    static Cadence cadence(String own, Cadence programme) {
        if (own != null) {
            try {
                return Cadence.valueOf(own);
            } catch (IllegalArgumentException e) {
                return programme;
            }
        }
        return programme == null ? Cadence.FORTNIGHTLY : programme;
    }
}
