package org.tandem.mentoring.service.pairing;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a matching run: the staged pairings (they replaced the staged pairings of the run before), the
 * approved mentees left without a mentor, the run's figures and how long its parts took.
 */
public record RunResult(List<PairingView> staged, List<String> unmatchedMentees, int matchedCount, long totalScore,
                        Map<String, String> names, RunTimings timings) {

    /** A result without timings. */
    public RunResult(List<PairingView> staged, List<String> unmatchedMentees, int matchedCount, long totalScore,
            Map<String, String> names) {
        this(staged, unmatchedMentees, matchedCount, totalScore, names, RunTimings.NONE);
    }

    public RunResult {
        staged = List.copyOf(staged);
        unmatchedMentees = List.copyOf(unmatchedMentees);
        names = Map.copyOf(names);
    }
}
