// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.io.Serializable;
import java.util.Date;
import java.util.Map;

public interface JobDetails {

    JobId getJobId();

    JobRunnerKey getJobRunnerKey();

    RunMode getRunMode();

    Schedule getSchedule();

    Date getNextRunTime();

    Map<String, Serializable> getParameters();

    boolean isRunnable();
}
