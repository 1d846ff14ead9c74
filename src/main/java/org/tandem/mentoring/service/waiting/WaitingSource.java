package org.tandem.mentoring.service.waiting;

import java.time.LocalDate;
import java.util.List;

/**
 * A part of Tandem that knows what waits for people. "My mentoring" lists what every source answers for the viewer,
 * and the daily reminders mail what is new. Each source answers with a constant number of queries.
 */
public interface WaitingSource {

    /** What waits for this person on this day, in no particular order. */
    List<Waiting> waitingFor(String userKey, LocalDate today);

    /**
     * What waits for anyone on this day, with whom it waits for, for the daily reminders. A source whose items wait
     * for everybody (such as applying to an open programme) answers only those it can name.
     */
    List<Addressed> waitingForEveryone(LocalDate today);

    /** A thing that waits, and the person it waits for. */
    record Addressed(String userKey, Waiting waiting) {
    }
}
