package org.tandem.mentoring.service.pairing;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a matching run: the staged pairings (they replaced the staged pairings of the run before), the
 * approved mentees left without a mentor, and the run's figures.
 */
public record RunResult(List<PairingView> staged, List<String> unmatchedMentees, int matchedCount, long totalScore,
                        Map<String, String> names) {

    public RunResult {
        staged = List.copyOf(staged);
        unmatchedMentees = List.copyOf(unmatchedMentees);
        names = Map.copyOf(names);
    }
}
