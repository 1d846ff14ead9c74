package org.tandem.mentoring.web.jobs;

import com.atlassian.scheduler.JobRunnerResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.access.Writes;

/**
 * A job's run while writing is blocked (read-only mode, no valid licence): it writes nothing and says so in its
 * outcome, which the host scheduler keeps in the job's history. The jobs are idempotent and work from what is there
 * when they run, so the next run after the block catches up.
 */
final class SkippedRuns {

    private static final Logger LOG = LoggerFactory.getLogger(SkippedRuns.class);

    private SkippedRuns() {
    }

    /** The skipped run's outcome, or empty when the job may write. */
    static Optional<JobRunnerResponse> whileBlocked(Writes writes, String job) {
        return writes.blocked().map(block -> {
            String outcome = "skipped, " + block.code() + ": nothing written; the next run catches up";
            LOG.warn("Tandem {} {}", job, outcome);
            return JobRunnerResponse.aborted(outcome);
        });
    }
}
