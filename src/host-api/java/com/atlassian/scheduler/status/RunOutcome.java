// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
package com.atlassian.scheduler.status;

public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
