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
}
