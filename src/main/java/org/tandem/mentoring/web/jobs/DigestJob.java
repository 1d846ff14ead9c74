package org.tandem.mentoring.web.jobs;

import jakarta.inject.Named;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.nudges.CoordinatorDigest;

/**
 * The coordinators' weekly digest (sent on Mondays, looked at daily so that a missed Monday is caught up), declared in
 * atlassian-plugin.xml as a job run once per cluster.
 */
@Named("digestJob")
public class DigestJob extends DailyJobRunner {

    public DigestJob(DailyJobs days, CoordinatorDigest work, Writes writes) {
        super(days, work, writes);
    }
}
