package org.tandem.sandbox;

import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs jobs on cron expressions (Quartz style, read with Spring's CronExpression) or intervals, one thread, and
 * lets the sandbox (or a test) run a job now. A job reports its outcome as a short text.
 */
public final class SandboxScheduler implements AutoCloseable {

    public record JobView(String key, String schedule, Instant lastRun, String outcome) {
    }

    private static final class Job {
        final String key;
        final String cron;
        final Long intervalMillis;
        final Supplier<String> work;
        volatile Instant lastRun;
        volatile String outcome;
        ScheduledFuture<?> next;

        Job(String key, String cron, Long intervalMillis, Supplier<String> work) {
            this.key = key;
            this.cron = cron;
            this.intervalMillis = intervalMillis;
            this.work = work;
        }
    }

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private volatile boolean started;

    /** Adds a job; it starts running on its schedule once {@link #start()} is called. */
    public synchronized void schedule(String key, String cron, Long intervalMillis, Supplier<String> work) {
        Job previous = jobs.get(key);
        if (previous != null && previous.next != null) {
            previous.next.cancel(false);
        }
        if (cron != null) {
            CronExpression.parse(springCron(cron));
        }
        Job job = new Job(key, cron, intervalMillis, work);
        jobs.put(key, job);
        if (started) {
            plan(job);
        }
    }

    public synchronized void unschedule(String key) {
        Job j = jobs.remove(key);
        if (j != null && j.next != null) {
            j.next.cancel(false);
        }
    }

    public synchronized void start() {
        started = true;
        jobs.values().forEach(this::plan);
    }

    public synchronized boolean has(String key) {
        return jobs.containsKey(key);
    }

    /** Runs the job now on the calling thread and returns its outcome. */
    public String runNow(String key) {
        Job job;
        synchronized (this) {
            job = jobs.get(key);
        }
        if (job == null) {
            throw new IllegalArgumentException("no job " + key);
        }
        return run(job);
    }

    public synchronized List<JobView> jobs() {
        List<JobView> out = new ArrayList<>();
        for (Job j : jobs.values()) {
            out.add(new JobView(j.key, j.cron != null ? "cron " + j.cron
                    : j.intervalMillis != null ? "every " + Duration.ofMillis(j.intervalMillis) : "", j.lastRun,
                    j.outcome));
        }
        return out;
    }

    public Optional<Instant> nextRun(String cron) {
        LocalDateTime next = CronExpression.parse(springCron(cron)).next(LocalDateTime.now());
        return Optional.ofNullable(next).map(n -> n.atZone(ZoneId.systemDefault()).toInstant());
    }

    private String run(Job job) {
        String outcome;
        try {
            outcome = job.work.get();
        } catch (RuntimeException e) {
            outcome = "FAILED: " + e;
        }
        job.lastRun = Instant.now();
        job.outcome = outcome;
        return outcome;
    }

    private void plan(Job job) {
        long delay;
        if (job.cron != null) {
            Optional<Instant> next = nextRun(job.cron);
            if (next.isEmpty()) {
                return;
            }
            delay = Math.max(0, Duration.between(Instant.now(), next.get()).toMillis());
        } else if (job.intervalMillis != null && job.intervalMillis > 0) {
            delay = job.intervalMillis;
        } else {
            return;
        }
        job.next = executor.schedule(() -> {
            run(job);
            synchronized (this) {
                if (jobs.get(job.key) == job) {
                    plan(job);
                }
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** Quartz allows a seventh (year) field; Spring reads six. */
    static String springCron(String quartz) {
        String[] f = quartz.trim().split("\\s+");
        if (f.length == 7) {
            return String.join(" ", java.util.Arrays.copyOf(f, 6));
        }
        return quartz.trim();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
