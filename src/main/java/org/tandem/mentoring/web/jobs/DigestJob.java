package org.tandem.mentoring.web.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.nudges.CoordinatorDigest;

/** The coordinators' weekly digest (sent on Mondays, looked at daily so a missed Monday is caught up), declared in atlassian-plugin.xml as a job run once per cluster. */
@Named("digestJob")
public class DigestJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);

    private final DailyJobs days;
    private final CoordinatorDigest digest;

    public DigestJob(DailyJobs days, CoordinatorDigest digest) {
        this.days = days;
        this.digest = digest;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        DailyJobs.Result result = days.run(digest);
        LOG.info("Tandem coordinators' digest: {}", result.summary());
        return result.failed() > 0 ? JobRunnerResponse.failed(result.summary())
                : JobRunnerResponse.success(result.summary());
    }
}
