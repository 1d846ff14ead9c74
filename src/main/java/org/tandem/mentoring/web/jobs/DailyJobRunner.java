package org.tandem.mentoring.web.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.jobs.DailyWork;

/**
 * A daily job as the host's scheduler runs it: the days not done yet, once per cluster. While Confluence is read-only
 * or Tandem unlicensed it writes nothing and records nothing, so the next run catches the days up.
 */
abstract class DailyJobRunner implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DailyJobRunner.class);

    private final DailyJobs days;
    private final DailyWork work;
    private final Writes writes;

    DailyJobRunner(DailyJobs days, DailyWork work, Writes writes) {
        this.days = days;
        this.work = work;
        this.writes = writes;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Optional<JobRunnerResponse> skipped = SkippedRuns.whileBlocked(writes, work.job());
        if (skipped.isPresent()) {
            return skipped.get();
        }
        DailyJobs.Result result = days.run(work);
        LOG.info("Tandem {}: {}", work.job(), result.summary());
        return result.failed() > 0 ? JobRunnerResponse.failed(result.summary())
                : JobRunnerResponse.success(result.summary());
    }
}
