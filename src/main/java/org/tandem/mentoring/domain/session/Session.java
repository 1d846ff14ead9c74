package org.tandem.mentoring.domain.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One meeting of a pair: when (an instant and the time zone it was planned in), how long, how, and which of the
 * pairing's learning themes it touched. {@code pageId} is the session page, null until the page exists.
 */
public record Session(int id, int pairingId, Long pageId, Instant startsAt, ZoneId zone, int minutes,
        SessionFormat format, List<Integer> themeIds, String createdBy, Instant createdAt, int version) {

    /** Shortest and longest meeting the app records, in minutes. */
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    public Session {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(format, "format");
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }

    /** A session not stored yet. */
    public static Session planned(int pairingId, Instant startsAt, ZoneId zone, int minutes, SessionFormat format,
            List<Integer> themeIds, String createdBy, Instant createdAt) {
        return new Session(0, pairingId, null, startsAt, zone, minutes, format, themeIds, createdBy, createdAt, 0);
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(zone);
    }

    public Session withPage(long page) {
        return new Session(id, pairingId, page, startsAt, zone, minutes, format, themeIds, createdBy, createdAt,
                version);
    }

    public Session withFacts(Instant newStart, ZoneId newZone, int newMinutes, SessionFormat newFormat,
            List<Integer> newThemes) {
        return new Session(id, pairingId, pageId, newStart, newZone, newMinutes, newFormat, newThemes, createdBy,
                createdAt, version);
    }
}
