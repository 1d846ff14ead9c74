package org.tandem.mentoring.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tandem.mentoring.domain.programme.Cadence;

/**
 * The rhythm of a pairing: the next expected session is one cadence after the last one held (or after the pairing
 * began, when none was), and a pairing with no session for more than twice its cadence is dormant. A session planned
 * in the future is the next session itself.
 */
public final class SessionRhythm {

    private final Cadence cadence;
    private final Instant began;
    private final List<Session> sessions;

    /** {@code sessions} earliest first; {@code began} when the pairing became active. */
    public SessionRhythm(Cadence cadence, Instant began, List<Session> sessions) {
        this.cadence = cadence;
        this.began = began;
        this.sessions = List.copyOf(sessions);
    }

    public Cadence cadence() {
        return cadence;
    }

    /** The latest session that has begun by {@code now}. */
    public Optional<Session> lastHeld(Instant now) {
        Session last = null;
        for (Session s : sessions) {
            if (!s.startsAt().isAfter(now)) {
                last = s;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The earliest session planned after {@code now}. */
    public Optional<Session> planned(Instant now) {
        return sessions.stream().filter(s -> s.startsAt().isAfter(now)).findFirst();
    }

    /** When the next session is due: a planned one, or one cadence after the last held (or the start). */
    public Instant nextExpected(Instant now) {
        Optional<Session> planned = planned(now);
        if (planned.isPresent()) {
            return planned.get().startsAt();
        }
        Instant from = lastHeld(now).map(Session::startsAt).orElse(began);
        return from.plus(Duration.ofDays(cadence.days()));
    }

    /** No session held nor planned for more than twice the cadence. */
    public boolean isDormant(Instant now) {
        if (planned(now).isPresent()) {
            return false;
        }
        Instant from = lastHeld(now).map(Session::startsAt).orElse(began);
        return Duration.between(from, now).compareTo(Duration.ofDays(2L * cadence.days())) > 0;
    }
}
