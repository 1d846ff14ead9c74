// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
