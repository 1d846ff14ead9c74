package org.tandem.mentoring.service.waiting;

import java.time.LocalDate;

/**
 * One thing that waits for a person: apply, decide, accept, acknowledge, hold the expectations meeting, give
 * feedback, answer a survey, book the next session.
 *
 * @param key            stable for as long as the thing waits (such as {@code survey:pulse:42:2027-01-30}), so that a
 *                       reminder about it is sent once
 * @param kind           what to do; the message {@code tandem.waiting.<kind>} says it, with {@code subject} as {0} and
 *                       the programme's title as {1}
 * @param programmeId    the programme it belongs to
 * @param programmeTitle the programme's title as its coordinator wrote it
 * @param subject        the person, page or survey it is about, as shown to the viewer (never a note or a reason)
 * @param link           the context-relative address of the page where the person acts
 * @param since          the day it started waiting
 * @param decision       true when it needs the person's decision, so that turning reminders off does not silence it
 */
public record Waiting(String key, String kind, long programmeId, String programmeTitle, String subject, String link,
                      LocalDate since, boolean decision) {
}
