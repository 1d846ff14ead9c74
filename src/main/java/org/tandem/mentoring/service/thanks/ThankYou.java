package org.tandem.mentoring.service.thanks;

import java.time.LocalDate;
import java.util.List;
import org.tandem.mentoring.domain.programme.Programme;

/**
 * What a mentor's thank-you says: whom it thanks, for which programme and which days, how many mentees they mentored
 * and how many sessions were held (counts only, never what was said), and who signs it.
 *
 * @param to           the last day mentored: the latest pairing's end, or the programme's end while a pair still
 *                     runs in a closing programme
 * @param coordinators the names of the programme space's administrators, in alphabetical order
 */
public record ThankYou(Programme programme, String mentorKey, String mentorName, LocalDate from, LocalDate to,
                       int mentees, int sessions, List<String> coordinators) {

    public ThankYou {
        coordinators = List.copyOf(coordinators);
    }
}
