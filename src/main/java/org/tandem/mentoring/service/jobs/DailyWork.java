package org.tandem.mentoring.service.jobs;

import java.time.LocalDate;

/**
 * One daily job's work for one day. {@link DailyJobs} calls it once per day in order, the days a stopped scheduler
 * missed included, on one node of the cluster; every mail goes through {@link Outbox}, which sends nothing twice.
 */
public interface DailyWork {

    /** The job's key, as the descriptor's {@code job-config} names it (at most 64 characters). */
    String job();

    /** Does the day's work and answers what it did. */
    JobCounts run(LocalDate day);
}
