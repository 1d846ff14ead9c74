package org.tandem.mentoring.service.nudges;

import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.jobs.DailyWork;
import org.tandem.mentoring.service.jobs.JobCounts;
import org.tandem.mentoring.service.jobs.Outbox;
import org.tandem.mentoring.service.waiting.Cadences;
import org.tandem.mentoring.service.waiting.ExpectationsSource;
import org.tandem.mentoring.service.waiting.FeedbackSource;
import org.tandem.mentoring.service.waiting.Reminders;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.service.waiting.WaitingLinks;
import org.tandem.mentoring.service.waiting.WaitingSource;
import org.tandem.mentoring.store.DashboardRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * The daily nudges. A dormant pair (no session for more than twice its cadence, the dashboards' rule) is nudged,
 * both members, once per quiet spell; after a further cadence without a session the pair is counted as one for the
 * coordinators, whom the programme dashboard shows it to. A manager who has not held the expectations meeting two
 * weeks after the pairing became active, or not given feedback on a shared learning two weeks after it was shared,
 * is nudged once about it.
 */
@Named
public class Nudges implements DailyWork {

    public static final String JOB = "tandem-nudges";
    /** How long a manager has before the nudge. */
    public static final int MANAGER_DAYS = 14;

    private final DashboardRepository figures;
    private final ProgrammeRepository programmes;
    private final WaitingRepository rows;
    private final ExpectationsSource expectations;
    private final FeedbackSource feedback;
    private final HostUsers users;
    private final WaitingLinks links;
    private final Outbox outbox;

    public Nudges(DashboardRepository figures, ProgrammeRepository programmes, WaitingRepository rows,
            ExpectationsSource expectations, FeedbackSource feedback, HostUsers users, WaitingLinks links,
            Outbox outbox) {
        this.figures = figures;
        this.programmes = programmes;
        this.rows = rows;
        this.expectations = expectations;
        this.feedback = feedback;
        this.users = users;
        this.links = links;
        this.outbox = outbox;
    }

    @Override
    public String job() {
        return JOB;
    }

    @Override
    public JobCounts run(LocalDate day) {
        Map<String, List<Outbox.Line>> byPerson = new LinkedHashMap<>();
        JobCounts counts = new JobCounts();
        dormant(day, byPerson, counts);
        late(expectations, ExpectationsSource.KIND, "tandem.nudge.expectations", day, byPerson, counts);
        late(feedback, "feedback", "tandem.nudge.feedback", day, byPerson, counts);
        return counts.add(Reminders.sendAll(outbox, JOB, day, byPerson, "tandem.mail.nudges.subject",
                "tandem.mail.nudges.intro"));
    }

    private void dormant(LocalDate day, Map<String, List<Outbox.Line>> byPerson, JobCounts counts) {
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        Map<Integer, Programme> byId = programmes.findAll().stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
        Map<Integer, Long> homes = new LinkedHashMap<>();
        rows.pairings("ACTIVE", null).forEach(p -> homes.put(p.id(), p.homePageId()));
        for (DashboardRepository.Rhythm r : figures.programmeFigures(null, end.toEpochMilli()).rhythms()) {
            Programme programme = byId.get(r.programmeId());
            Long quietSince = r.lastSessionAt() != null ? r.lastSessionAt() : r.activeSince();
            if (programme == null || quietSince == null) {
                continue;
            }
            Cadence cadence = Cadences.of(r.cadence(), programme);
            long quietDays = Duration.between(Instant.ofEpochMilli(quietSince), end).toDays();
            if (quietDays <= 2L * cadence.days()) {
                continue;
            }
            counts.add("dormant", 1);
            if (quietDays > 3L * cadence.days()) {
                counts.add("dormant-for-coordinators", 1);
            }
            LocalDate since = LocalDate.ofInstant(Instant.ofEpochMilli(quietSince), ZoneOffset.UTC);
            String key = "dormant:" + r.pairingId() + ":" + quietSince;
            String link = links.page(homes.get(r.pairingId()), programme);
            add(byPerson, r.menteeKey(), new Outbox.Line(key, false, "tandem.nudge.dormant",
                    List.<Serializable>of(users.displayName(r.mentorKey()), programme.name(), since), link));
            add(byPerson, r.mentorKey(), new Outbox.Line(key, false, "tandem.nudge.dormant",
                    List.<Serializable>of(users.displayName(r.menteeKey()), programme.name(), since), link));
        }
    }

    private static void late(WaitingSource source, String kind, String textKey, LocalDate day,
            Map<String, List<Outbox.Line>> byPerson, JobCounts counts) {
        for (WaitingSource.Addressed a : source.waitingForEveryone(day)) {
            Waiting w = a.waiting();
            if (w.kind().equals(kind) && !w.since().plusDays(MANAGER_DAYS).isAfter(day)) {
                counts.add(kind + "-late", 1);
                add(byPerson, a.userKey(), new Outbox.Line("late:" + w.key(), false, textKey,
                        List.<Serializable>of(w.subject(), w.programmeTitle(), w.since()), w.link()));
            }
        }
    }

    private static void add(Map<String, List<Outbox.Line>> byPerson, String person, Outbox.Line line) {
        if (person != null) {
            byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(line);
        }
    }
}
