// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.scheduler;

public interface JobRunner {

    /** A null answer counts as success. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
