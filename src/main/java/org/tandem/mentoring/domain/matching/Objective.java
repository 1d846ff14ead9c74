package org.tandem.mentoring.domain.matching;

/** What the coordinator asks the engine to maximise. */
public enum Objective {
    /** The largest sum of pair scores; a mentee may stay unmatched when no pair adds anything. */
    BEST_TOTAL_SCORE,
    /** As many matched mentees as the hard rules and capacities allow, and among those the largest sum of scores. */
    MOST_MATCHED
}
