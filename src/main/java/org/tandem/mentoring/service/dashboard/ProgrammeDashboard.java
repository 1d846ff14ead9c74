package org.tandem.mentoring.service.dashboard;

import java.util.List;
import org.tandem.mentoring.domain.programme.Programme;

/**
 * What a coordinator's dashboard of one programme shows. A count given as null is a group of fewer than
 * {@code k} people and is shown as "fewer than k"; nothing here is confidential (no notes, no learning text, no
 * reasons), and the only people named are the dormant pairs, whom following up is the coordinator's job.
 */
public record ProgrammeDashboard(Programme programme, int k, List<Stage> funnel, Integer matchRate,
        Integer matchedMentees, Integer approvedMentees, List<StandingCount> rhythm, int activePairs,
        List<DormantPair> dormant, List<ThemeRow> themes, Engagement engagement, Integer rematchesNeeded) {

    /** A funnel stage: mentees and mentors at or past it. */
    public record Stage(String stage, Integer mentees, Integer mentors) {
    }

    /** How many active pairings stand on track, behind or dormant against their cadence. */
    public record StandingCount(Rhythm.Standing standing, Integer pairs) {
    }

    /** A pair with no session for more than twice its cadence. */
    public record DormantPair(int pairingId, String mentee, String mentor, Rhythm rhythm) {
    }

    /** A theme: people asking for it, mentors offering it, learnings shared on it. */
    public record ThemeRow(String theme, Integer asked, Integer offered, Integer shared) {
    }

    /** Managers' part: expectations meetings held (pairs, managers) and feedback on shared learnings. */
    public record Engagement(Integer expectationsHeld, Integer managersWhoHeld, Integer feedbackGiven,
            Integer managersWhoGaveFeedback, Integer sharedLearnings) {
    }

    /** The funnel's stages, in order. */
    public static final List<String> STAGES = List.of("applied", "manager-approved", "approved", "matched", "active",
            "ended");
}
