package org.tandem.mentoring.web.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.nudges.Nudges;

/** The daily nudges of dormant pairs and late managers, declared in atlassian-plugin.xml as a job run once per cluster. */
@Named("nudgesJob")
public class NudgesJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(NudgesJob.class);

    private final DailyJobs days;
    private final Nudges nudges;

    public NudgesJob(DailyJobs days, Nudges nudges) {
        this.days = days;
        this.nudges = nudges;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        DailyJobs.Result result = days.run(nudges);
        LOG.info("Tandem nudges: {}", result.summary());
        return result.failed() > 0 ? JobRunnerResponse.failed(result.summary())
                : JobRunnerResponse.success(result.summary());
    }
}
