// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
package com.atlassian.scheduler;

public interface JobRunner {

    /** A null answer counts as success. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
