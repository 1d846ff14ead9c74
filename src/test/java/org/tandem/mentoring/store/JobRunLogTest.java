package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.jobs.DailyWork;
import org.tandem.mentoring.service.jobs.JobCounts;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * The job run log on the database {@code ao.test.database} names: one node claims a day, one mail is recorded
 * once, whatever the number of racing writers; a failed or stalled day is claimed again; two scheduler instances on
 * one database do each day's work once.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class JobRunLogTest {

    private static final int WRITERS = 12;
    private static final LocalDate DAY = LocalDate.parse("2027-02-01");

    private EntityManager entityManager;
    private ActiveObjects ao;
    private JobRunLog log;
    private String job;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        log = new JobRunLog(ao);
        job = "test-" + System.nanoTime();
    }

    @Test
    @NonTransactional
    public void claim_shouldGiveADayToOneOfManyRacingNodes() throws Exception {
        List<Boolean> claims = race(i -> () -> log.claim(job, DAY, "node-" + i, 1000L, 0L));

        assertEquals(1, claims.stream().filter(c -> c).count());
    }

    @Test
    @NonTransactional
    public void markSent_shouldRecordAMailOnceAmongRacingWriters() throws Exception {
        List<Boolean> marks = race(i -> () -> log.markSent(job, DAY, "dormant:7:123", "mia", 1000L));

        assertEquals(1, marks.stream().filter(m -> m).count());
        assertFalse(log.markSent(job, DAY.plusDays(1), "dormant:7:123", "mia", 2000L));
        assertTrue(log.markSent(job, DAY, "dormant:7:123", "sam", 2000L));
        assertEquals(2, log.sentCount(job));
    }

    @Test
    @NonTransactional
    public void unmarkSent_shouldLetALaterRunSendAgain() {
        assertTrue(log.markSent(job, DAY, "book:3:1", "mia", 1000L));

        log.unmarkSent("book:3:1", "mia");

        assertTrue(log.markSent(job, DAY, "book:3:1", "mia", 2000L));
    }

    @Test
    @NonTransactional
    public void claim_shouldTakeAFailedOrStalledDayAgainButNotARunningOrDoneOne() {
        assertTrue(log.claim(job, DAY, "a", 1000L, 0L));
        assertFalse(log.claim(job, DAY, "b", 2000L, 500L));
        assertTrue("running since before the stale limit", log.claim(job, DAY, "b", 3000L, 1500L));
        log.finish(job, DAY, "a", 3500L, "late", JobRunLog.DONE);
        log.finish(job, DAY, "b", 4000L, "boom", JobRunLog.FAILED);
        assertEquals(Optional.empty(), log.lastDay(job));

        assertTrue(log.claim(job, DAY, "c", 5000L, 0L));
        log.finish(job, DAY, "c", 6000L, "sent=2", JobRunLog.DONE);

        assertFalse(log.claim(job, DAY, "d", 9000L, 9000L));
        assertEquals(Optional.of(DAY), log.lastDay(job));
        JobRunLog.JobRun run = log.recent(50).stream().filter(r -> r.job().equals(job)).findFirst().orElseThrow();
        assertEquals("c", run.node());
        assertEquals("sent=2", run.counts());
        assertEquals(Long.valueOf(6000L), run.finished());
    }

    @Test
    @NonTransactional
    public void preferences_shouldReadWhatEachPersonChose() {
        String mia = "mia-" + job;
        String sam = "sam-" + job;
        log.setPreference(mia, new JobRunLog.MailPreference(true, false), 1000L);
        log.setPreference(mia, new JobRunLog.MailPreference(true, true), 2000L);

        Map<String, JobRunLog.MailPreference> read = log.preferences(List.of(mia, sam));

        assertEquals(Map.of(mia, new JobRunLog.MailPreference(true, true)), read);
        assertEquals(JobRunLog.MailPreference.DEFAULT, log.preference(sam));
    }

    @Test
    @NonTransactional
    public void twoSchedulerInstances_shouldDoEachDaysWorkOnce() throws Exception {
        Instant now = Instant.parse("2027-03-10T06:00:00Z");
        Map<LocalDate, AtomicInteger> done = new ConcurrentHashMap<>();
        DailyWork work = new DailyWork() {
            @Override
            public String job() {
                return job;
            }

            @Override
            public JobCounts run(LocalDate day) {
                done.computeIfAbsent(day, d -> new AtomicInteger()).incrementAndGet();
                return new JobCounts().add("worked", 1);
            }
        };
        new DailyJobs(new JobRunLog(ao), clock(now.minusSeconds(86_400L * 8))).run(work);
        done.clear();

        List<Boolean> ran = race(i -> () -> new DailyJobs(new JobRunLog(ao), clock(now)).run(work).days() > 0);

        assertTrue(ran.contains(true));
        assertEquals(8, done.size());
        assertTrue(done.toString(), done.values().stream().allMatch(count -> count.get() == 1));
    }

    private static HostClock clock(Instant at) {
        return new HostClock(Optional.of(Clock.fixed(at, ZoneOffset.UTC)));
    }

    private static List<Boolean> race(IntFunction<Callable<Boolean>> writer) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                Callable<Boolean> work = writer.apply(i);
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return work.call();
                }));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
