package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.service.jobs.DailyWork;
import org.tandem.mentoring.service.jobs.JobCounts;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.JobRunLog;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The daily jobs against the sandbox's clock: a dormant pair is nudged on the day after twice its cadence and not
 * before, once; days missed are caught up once; the coordinators' digest comes on Mondays; two scheduler instances
 * on one database do each day's work once.
 */
public class DailyJobsSandboxTest {

    private static final String NUDGES = "tandem-nudges";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("daily-jobs");

    @Test
    public void nudges_shouldComeTheDayAfterTwiceTheCadenceOnceAndCatchUpAfterAGap() {
        assertTrue(sandbox.get().scheduler().has(NUDGES));
        assertTrue(sandbox.get().scheduler().has("tandem-reminders"));
        Programme programme = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow();
        sandbox.get().scheduler().runNow(NUDGES);
        Pairing pairing = activePairing(programme.id());
        SandboxUsers.Person mentee = sandbox.get().users().byKey(pairing.menteeKey()).orElseThrow();
        SandboxUsers.Person mentor = sandbox.get().users().byKey(pairing.mentorKey()).orElseThrow();
        int cadence = programme.cadence().days();

        for (int day = 1; day <= 2 * cadence; day++) {
            sandbox.get().clock().advance(Duration.ofDays(1));
            String outcome = sandbox.get().scheduler().runNow(NUDGES);
            assertTrue(outcome, outcome.contains("days: 1"));
            assertEquals("day " + day + " of " + 2 * cadence, 0, nudgesTo(mentee, mentor));
        }
        sandbox.get().clock().advance(Duration.ofDays(1));
        sandbox.get().scheduler().runNow(NUDGES);
        assertEquals(1, nudgesTo(mentee, mentor));
        assertEquals(1, nudgesTo(mentor, mentee));

        String again = sandbox.get().scheduler().runNow(NUDGES);
        assertTrue(again, again.contains("days: 0"));
        sandbox.get().clock().advance(Duration.ofDays(3));
        String caughtUp = sandbox.get().scheduler().runNow(NUDGES);

        assertTrue(caughtUp, caughtUp.contains("days: 3"));
        assertEquals(1, nudgesTo(mentee, mentor));
        List<JobRunLog.JobRun> runs = new JobRunLog(sandbox.get().activeObjects()).recent(400).stream()
                .filter(r -> r.job().equals(NUDGES)).toList();
        assertEquals(runs.size(), runs.stream().map(JobRunLog.JobRun::day).distinct().count());
        assertTrue(runs.stream().allMatch(r -> r.outcome().equals(JobRunLog.DONE) && r.finished() != null));
    }

    @Test
    public void whileReadOnly_theDailyJobsShouldWriteNothingAndCatchUpAfter() {
        for (String job : List.of(NUDGES, "tandem-reminders")) {
            sandbox.get().scheduler().runNow(job);
        }
        JobRunLog log = new JobRunLog(sandbox.get().activeObjects());
        int runsBefore = log.recent(10_000).size();
        int mailsBefore = sandbox.get().mail().outbox().size();
        sandbox.get().accessMode().set(AccessMode.READ_ONLY);
        try {
            sandbox.get().clock().advance(Duration.ofDays(2));
            for (String job : List.of(NUDGES, "tandem-reminders", "tandem-digest")) {
                String skipped = sandbox.get().scheduler().runNow(job);
                assertTrue(job + ": " + skipped, skipped.contains("skipped"));
            }
            assertEquals(runsBefore, log.recent(10_000).size());
            assertEquals(mailsBefore, sandbox.get().mail().outbox().size());
        } finally {
            sandbox.get().accessMode().set(AccessMode.READ_WRITE);
        }
        String caughtUp = sandbox.get().scheduler().runNow(NUDGES);
        assertTrue(caughtUp, caughtUp.contains("days: 2"));
    }

    @Test
    public void theDigest_shouldReachTheCoordinatorsOnMondaysOnly() {
        String digest = "tandem-digest";
        String subject = "Tandem: your weekly mentoring digest";
        LocalDate today = LocalDate.ofInstant(sandbox.get().clock().instant(), ZoneOffset.UTC);
        int toTuesday = (DayOfWeek.TUESDAY.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
        sandbox.get().clock().advance(Duration.ofDays(toTuesday));
        String tuesday = sandbox.get().scheduler().runNow(digest);
        long before = mailsWith(subject);

        sandbox.get().clock().advance(Duration.ofDays(6));
        String monday = sandbox.get().scheduler().runNow(digest);
        String again = sandbox.get().scheduler().runNow(digest);

        assertTrue(tuesday, tuesday.contains("not-monday"));
        assertTrue(monday, monday.contains("days: 6") && monday.contains("sent="));
        assertTrue(again, again.contains("days: 0"));
        Set<String> coordinators = sandbox.get().users().members(DemoData.COORDINATORS).stream()
                .map(k -> sandbox.get().users().byKey(k).orElseThrow().email()).collect(Collectors.toSet());
        List<SandboxMail.Mail> digests = sandbox.get().mail().outbox().stream()
                .filter(m -> m.subject().equals(subject)).skip(before).toList();
        assertTrue(!digests.isEmpty());
        assertTrue(digests.stream().anyMatch(m -> coordinators.contains(m.to())));
        assertEquals("one digest per person", digests.size(), digests.stream().map(SandboxMail.Mail::to)
                .distinct().count());
        assertTrue(digests.stream().allMatch(m -> m.body().contains("/display/" + DemoData.SPACE)
                || !m.body().contains("Mentoring Programme 2026")));
    }

    private static long mailsWith(String subject) {
        return sandbox.get().mail().outbox().stream().filter(m -> m.subject().equals(subject)).count();
    }

    @Test
    public void twoSchedulerInstancesOnOneDatabase_shouldDoEachDaysWorkOnce() throws Exception {
        Instant now = Instant.parse("2027-03-10T06:00:00Z");
        String job = "tandem-test-concurrent";
        Map<LocalDate, AtomicInteger> done = new ConcurrentHashMap<>();
        DailyWork work = new DailyWork() {
            @Override
            public String job() {
                return job;
            }

            @Override
            public JobCounts run(LocalDate day) {
                done.computeIfAbsent(day, d -> new AtomicInteger()).incrementAndGet();
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new JobCounts().add("worked", 1);
            }
        };
        new DailyJobs(new JobRunLog(sandbox.get().activeObjects()), clockAt(now.minus(Duration.ofDays(10))))
                .run(work);
        done.clear();
        List<DailyJobs> instances = List.of(
                new DailyJobs(new JobRunLog(sandbox.get().activeObjects()), clockAt(now)),
                new DailyJobs(new JobRunLog(sandbox.get().activeObjects()), clockAt(now)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<DailyJobs.Result>> results = new ArrayList<>();
            for (DailyJobs instance : instances) {
                results.add(threads.submit(() -> {
                    start.await();
                    return instance.run(work);
                }));
            }
            start.countDown();
            int days = 0;
            for (Future<DailyJobs.Result> result : results) {
                days += result.get().days();
            }

            assertEquals(10, days);
            assertEquals(10, done.size());
            assertTrue(done.toString(), done.values().stream().allMatch(count -> count.get() == 1));
            assertEquals(0, instances.get(0).run(work).days());
        } finally {
            threads.shutdownNow();
        }
    }

    private static HostClock clockAt(Instant instant) {
        return new HostClock(Optional.of(Clock.fixed(instant, ZoneOffset.UTC)));
    }

    /** Mails to {@code to} that name {@code other}: the dormant-pair nudge names the other member. */
    private static long nudgesTo(SandboxUsers.Person to, SandboxUsers.Person other) {
        return sandbox.get().mail().outbox().stream()
                .filter(m -> m.to().equals(to.email()) && m.body().contains(other.fullName())).count();
    }

    /** A pairing that became active now, of two people with no other part in Tandem and no manager line. */
    private static Pairing activePairing(int programmeId) {
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        ParticipantRepository participants = new ParticipantRepository(sandbox.get().activeObjects());
        List<String> free = sandbox.get().users().all().stream().map(SandboxUsers.Person::key)
                .filter(k -> pairings.findByPerson(k).isEmpty() && participants.findByUser(k).isEmpty())
                .filter(k -> sandbox.get().users().reportsOf(k).isEmpty())
                .filter(k -> sandbox.get().users().byKey(k).map(p -> p.email() != null).orElse(false))
                .limit(2).toList();
        Instant now = sandbox.get().clock().instant();
        pairings.reserveSeats(programmeId, Map.of(free.get(1), 1));
        Pairing staged = pairings.stage(Pairing.staged(programmeId, new Proposal(free.get(0), free.get(1), 50,
                new EnumMap<>(Criterion.class), new Explanation(List.of())), Set.of(), null, "carol", now),
                PairingEventType.ADDED, "carol", now, null);
        Pairing proposed = pairings.save(staged.proposed(null, false), PairingEventType.PUBLISHED, "carol", now,
                null);
        Pairing accepted = pairings.save(proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null),
                PairingEventType.MENTEE_ACCEPTED, free.get(0), now, null);
        Pairing active = pairings.save(accepted.withConsent(Party.MENTOR, Consent.GIVEN, null, null)
                .decidedBy(free.get(1), now), PairingEventType.MENTOR_ACCEPTED, free.get(1), now, null);
        assertEquals(PairingState.ACTIVE, active.state());
        return active;
    }
}
