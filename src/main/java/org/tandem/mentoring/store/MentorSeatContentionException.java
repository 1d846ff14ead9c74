package org.tandem.mentoring.store;

/**
 * Concurrent writers kept changing a mentor's places, or the database refused to serialize the change; nothing
 * was written. The caller's own data was not stale: running the whole step again in a new transaction is safe.
 */
public class MentorSeatContentionException extends StaleVersionException {

    public MentorSeatContentionException(int seatId) {
        super("mentorSeat", seatId, -1);
    }
}
