package org.tandem.mentoring.domain.matching;

import java.util.ArrayList;
import java.util.List;

/** The rounds of a speed-mentoring event, in order. */
public record SpeedSchedule(List<SpeedRound> rounds) {

    public SpeedSchedule {
        rounds = List.copyOf(rounds);
    }

    /** Every meeting of the event as (mentee key, mentor key), round by round. */
    public List<List<String>> meetings() {
        List<List<String>> meetings = new ArrayList<>();
        for (SpeedRound round : rounds) {
            round.tables().forEach((mentor, mentees) -> mentees.forEach(m -> meetings.add(List.of(m, mentor))));
        }
        return meetings;
    }
}
