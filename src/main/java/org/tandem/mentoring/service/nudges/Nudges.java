package org.tandem.mentoring.service.nudges;

import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.jobs.DailyWork;
import org.tandem.mentoring.service.jobs.JobCounts;
import org.tandem.mentoring.service.jobs.Outbox;
import org.tandem.mentoring.service.survey.SurveyWaiting;
import org.tandem.mentoring.service.waiting.ExpectationsSource;
import org.tandem.mentoring.service.waiting.FeedbackSource;
import org.tandem.mentoring.service.waiting.Reminders;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.service.waiting.WaitingLinks;
import org.tandem.mentoring.service.waiting.WaitingSource;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * The daily nudges. A dormant pair (no session for more than twice its cadence, the dashboards' rule) is nudged,
 * both members, once per quiet spell; after a further cadence without a session the pair is counted as one for the
 * coordinators, whom the programme dashboard shows it to. A manager who has not held the expectations meeting two
 * weeks after the pairing became active, or not given feedback on a shared learning two weeks after it was shared,
 * is nudged once about it; so is a manager whose mid-point feedback on their report's mentoring is still to be given
 * two weeks after the programme's mid-point.
 */
@Named
public class Nudges implements DailyWork {

    public static final String JOB = "tandem-nudges";
    /** How long a manager has before the nudge. */
    public static final int MANAGER_DAYS = 14;

    private final QuietPairs quiet;
    private final ProgrammeRepository programmes;
    private final WaitingRepository rows;
    private final ExpectationsSource expectations;
    private final FeedbackSource feedback;
    private final SurveyWaiting surveys;
    private final HostUsers users;
    private final WaitingLinks links;
    private final Outbox outbox;

    public Nudges(QuietPairs quiet, ProgrammeRepository programmes, WaitingRepository rows,
            ExpectationsSource expectations, FeedbackSource feedback, SurveyWaiting surveys, HostUsers users,
            WaitingLinks links, Outbox outbox) {
        this.quiet = quiet;
        this.programmes = programmes;
        this.rows = rows;
        this.expectations = expectations;
        this.feedback = feedback;
        this.surveys = surveys;
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
        late(surveys, SurveyWaiting.MANAGER_MIDPOINT, "tandem.nudge.manager-midpoint", day, byPerson, counts);
        return counts.add(Reminders.sendAll(outbox, JOB, day, byPerson, "tandem.mail.nudges.subject",
                "tandem.mail.nudges.intro"));
    }

    private void dormant(LocalDate day, Map<String, List<Outbox.Line>> byPerson, JobCounts counts) {
        Map<Integer, Programme> byId = programmes.findAll().stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
        Map<Integer, Long> homes = new LinkedHashMap<>();
        rows.pairings("ACTIVE", null).forEach(p -> homes.put(p.id(), p.homePageId()));
        for (QuietPairs.Quiet q : quiet.at(day, byId)) {
            Programme programme = byId.get(q.programmeId());
            counts.add("dormant", 1);
            if (q.forCoordinators()) {
                counts.add("dormant-for-coordinators", 1);
            }
            String key = "dormant:" + q.pairingId() + ":" + q.quietSince();
            String link = links.page(homes.get(q.pairingId()), programme);
            add(byPerson, q.menteeKey(), new Outbox.Line(key, false, "tandem.nudge.dormant",
                    List.<Serializable>of(users.displayName(q.mentorKey()), programme.name(), q.since()), link));
            add(byPerson, q.mentorKey(), new Outbox.Line(key, false, "tandem.nudge.dormant",
                    List.<Serializable>of(users.displayName(q.menteeKey()), programme.name(), q.since()), link));
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
