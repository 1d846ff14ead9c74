package org.tandem.mentoring.service.jobs;

import jakarta.inject.Named;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.store.JobRunLog;

/**
 * Runs Tandem's daily jobs: each day (UTC) once per cluster, recorded in the job run log. A job that did not run
 * for some days does each missed day once, in order, when it runs again (at most {@link #CATCH_UP_DAYS} back); a
 * first run does today only. Two nodes, or two scheduler instances on one database, that run the same job at once
 * split the days between them through the log's unique key, so each day's work is done once.
 */
@Named
public class DailyJobs {

    /** How far back a job catches up after downtime. */
    public static final int CATCH_UP_DAYS = 31;
    /** A day claimed longer ago than this by a node that never finished it is claimed again. */
    static final Duration STALE = Duration.ofHours(6);

    /** Confluence Data Center's system property naming this cluster node. */
    static final String NODE_PROPERTY = "confluence.cluster.node.name";

    /** The node column holds the name, a slash and a UUID. */
    private static final int MAX_NAME = 200;

    private static final Logger LOG = LoggerFactory.getLogger(DailyJobs.class);

    private final JobRunLog log;
    private final HostClock clock;
    private final String node;

    public DailyJobs(JobRunLog log, HostClock clock) {
        this.log = log;
        this.clock = clock;
        this.node = nodeName() + "/" + UUID.randomUUID();
    }

    /**
     * The cluster node's name as Confluence Data Center's system property {@value #NODE_PROPERTY} gives it, else the
     * JVM's (process id and host): recorded with each claimed day, so the job log tells which node did the work.
     */
    static String nodeName() {
        String named = System.getProperty(NODE_PROPERTY);
        String name = named == null || named.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : named.strip();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** What one call did: the days this node worked, the days another node held, and each day's counts. */
    public record Result(int days, int heldElsewhere, int failed, JobCounts counts) {
        public String summary() {
            return "days: " + days + ", held by another node: " + heldElsewhere + ", failed: " + failed
                    + (counts.toString().isEmpty() ? "" : ", " + counts);
        }
    }

    public Result run(DailyWork work) {
        LocalDate today = today();
        LocalDate from = log.lastDay(work.job()).map(d -> d.plusDays(1)).orElse(today);
        if (from.isBefore(today.minusDays(CATCH_UP_DAYS - 1))) {
            from = today.minusDays(CATCH_UP_DAYS - 1);
        }
        int days = 0;
        int elsewhere = 0;
        int failed = 0;
        JobCounts total = new JobCounts();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            long now = clock.now().toEpochMilli();
            if (!log.claim(work.job(), day, node, now, now - STALE.toMillis())) {
                elsewhere++;
                continue;
            }
            try {
                JobCounts counts = work.run(day);
                log.finish(work.job(), day, node, clock.now().toEpochMilli(), counts.toString(), JobRunLog.DONE);
                total.add(counts);
                days++;
            } catch (RuntimeException e) {
                LOG.error("Tandem job {} failed on {}", work.job(), day, e);
                log.finish(work.job(), day, node, clock.now().toEpochMilli(), String.valueOf(e.getMessage()),
                        JobRunLog.FAILED);
                failed++;
                break;
            }
        }
        return new Result(days, elsewhere, failed, total);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
