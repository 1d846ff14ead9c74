package org.tandem.mentoring.domain.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One round of a speed-mentoring event: which mentees sit at each mentor's table (mentors in key order, every
 * mentor listed, possibly with an empty table) and which mentees sit this round out.
 */
public record SpeedRound(Map<String, List<String>> tables, List<String> sittingOut) {

    public SpeedRound {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        tables.forEach((mentor, mentees) -> copy.put(mentor, List.copyOf(mentees)));
        tables = Collections.unmodifiableMap(copy);
        sittingOut = List.copyOf(sittingOut);
    }
}
