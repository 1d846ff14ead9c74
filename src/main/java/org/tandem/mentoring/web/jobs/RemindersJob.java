package org.tandem.mentoring.web.jobs;

import jakarta.inject.Named;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.waiting.Reminders;

/** The daily reminders of what waits for people, declared in atlassian-plugin.xml as a job run once per cluster. */
@Named("remindersJob")
public class RemindersJob extends DailyJobRunner {

    public RemindersJob(DailyJobs days, Reminders work, Writes writes) {
        super(days, work, writes);
    }
}
