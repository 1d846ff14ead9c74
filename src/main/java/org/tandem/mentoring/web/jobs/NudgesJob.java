package org.tandem.mentoring.web.jobs;

import jakarta.inject.Named;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.nudges.Nudges;

/** The daily nudges of dormant pairs and late managers, declared in atlassian-plugin.xml as a job run once per cluster. */
@Named("nudgesJob")
public class NudgesJob extends DailyJobRunner {

    public NudgesJob(DailyJobs days, Nudges work, Writes writes) {
        super(days, work, writes);
    }
}
