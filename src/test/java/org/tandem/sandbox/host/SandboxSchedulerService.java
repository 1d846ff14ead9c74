package org.tandem.sandbox.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import org.tandem.sandbox.RequestScope;
import org.tandem.sandbox.SandboxScheduler;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** atlassian-scheduler's SchedulerService on the sandbox scheduler: jobs run as nobody (no signed-in user). */
public final class SandboxSchedulerService implements SchedulerService {

    private final SandboxScheduler scheduler;
    private final RequestScope scope;
    private final Map<JobRunnerKey, JobRunner> runners = new LinkedHashMap<>();
    private final Map<JobId, JobConfig> jobs = new LinkedHashMap<>();

    public SandboxSchedulerService(SandboxScheduler scheduler, RequestScope scope) {
        this.scheduler = scheduler;
        this.scope = scope;
    }

    @Override
    public synchronized void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public synchronized void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public synchronized Set<JobRunnerKey> getRegisteredJobRunnerKeys() {
        return Set.copyOf(runners.keySet());
    }

    @Override
    public synchronized Set<JobRunnerKey> getJobRunnerKeysForAllScheduledJobs() {
        Set<JobRunnerKey> out = new LinkedHashSet<>();
        jobs.values().forEach(c -> out.add(c.getJobRunnerKey()));
        return out;
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) throws SchedulerServiceException {
        Schedule s = config.getSchedule();
        String cron = s.getType() == Schedule.Type.CRON_EXPRESSION ? s.getCronScheduleInfo().getCronExpression() : null;
        Long interval = s.getType() == Schedule.Type.INTERVAL ? s.getIntervalScheduleInfo().getIntervalInMillis() : null;
        try {
            scheduler.schedule(jobId.toString(), cron, interval, () -> run(jobId, config));
        } catch (IllegalArgumentException e) {
            throw new SchedulerServiceException("bad schedule for " + jobId + ": " + e.getMessage(), e);
        }
        synchronized (this) {
            jobs.put(jobId, config);
        }
    }

    private String run(JobId jobId, JobConfig config) {
        JobRunner runner;
        synchronized (this) {
            runner = runners.get(config.getJobRunnerKey());
        }
        if (runner == null) {
            return "UNAVAILABLE: no runner " + config.getJobRunnerKey();
        }
        Date start = new Date();
        JobRunnerRequest request = new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return start;
            }

            @Override
            public JobId getJobId() {
                return jobId;
            }

            @Override
            public JobConfig getJobConfig() {
                return config;
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        };
        JobRunnerResponse[] response = new JobRunnerResponse[1];
        try {
            scope.as(null, (Runnable) () -> response[0] = runner.runJob(request));
        } catch (RuntimeException e) {
            return "FAILED: " + e;
        }
        JobRunnerResponse r = response[0];
        return r == null ? "SUCCESS" : r.getRunOutcome() + (r.getMessage() == null ? "" : ": " + r.getMessage());
    }

    @Override
    public JobId scheduleJobWithGeneratedId(JobConfig jobConfig) throws SchedulerServiceException {
        JobId id = JobId.of(UUID.randomUUID().toString());
        scheduleJob(id, jobConfig);
        return id;
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        scheduler.unschedule(jobId.toString());
        synchronized (this) {
            jobs.remove(jobId);
        }
    }

    @Override
    public Date calculateNextRunTime(Schedule schedule) throws SchedulerServiceException {
        if (schedule.getType() == Schedule.Type.CRON_EXPRESSION) {
            try {
                return scheduler.nextRun(schedule.getCronScheduleInfo().getCronExpression()).map(Date::from)
                        .orElse(null);
            } catch (IllegalArgumentException e) {
                throw new SchedulerServiceException(e.getMessage(), e);
            }
        }
        Date first = schedule.getIntervalScheduleInfo().getFirstRunTime();
        return first != null ? first : new Date();
    }

    @Override
    public synchronized JobDetails getJobDetails(JobId jobId) {
        JobConfig c = jobs.get(jobId);
        return c == null ? null : details(jobId, c);
    }

    @Override
    public synchronized List<JobDetails> getJobsByJobRunnerKey(JobRunnerKey jobRunnerKey) {
        List<JobDetails> out = new ArrayList<>();
        jobs.forEach((id, c) -> {
            if (c.getJobRunnerKey().equals(jobRunnerKey)) {
                out.add(details(id, c));
            }
        });
        return out;
    }

    @Override
    public List<JobDetails> getJobsByJobRunnerKeys(List<JobRunnerKey> jobRunnerKeys) {
        List<JobDetails> out = new ArrayList<>();
        jobRunnerKeys.forEach(k -> out.addAll(getJobsByJobRunnerKey(k)));
        return out;
    }

    private JobDetails details(JobId id, JobConfig c) {
        boolean runnable = runners.containsKey(c.getJobRunnerKey());
        return new JobDetails() {
            @Override
            public JobId getJobId() {
                return id;
            }

            @Override
            public JobRunnerKey getJobRunnerKey() {
                return c.getJobRunnerKey();
            }

            @Override
            public RunMode getRunMode() {
                return c.getRunMode();
            }

            @Override
            public Schedule getSchedule() {
                return c.getSchedule();
            }

            @Override
            public Date getNextRunTime() {
                try {
                    return calculateNextRunTime(c.getSchedule());
                } catch (SchedulerServiceException e) {
                    return null;
                }
            }

            @Override
            public Map<String, Serializable> getParameters() {
                return c.getParameters();
            }

            @Override
            public boolean isRunnable() {
                return runnable;
            }
        };
    }
}
