package org.tandem.mentoring.web.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.waiting.Reminders;

/** The daily reminders of what waits for people, declared in atlassian-plugin.xml as a job run once per cluster. */
@Named("remindersJob")
public class RemindersJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RemindersJob.class);

    private final DailyJobs days;
    private final Reminders reminders;

    public RemindersJob(DailyJobs days, Reminders reminders) {
        this.days = days;
        this.reminders = reminders;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        DailyJobs.Result result = days.run(reminders);
        LOG.info("Tandem reminders: {}", result.summary());
        return result.failed() > 0 ? JobRunnerResponse.failed(result.summary())
                : JobRunnerResponse.success(result.summary());
    }
}
