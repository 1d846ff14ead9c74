package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.service.jobs.DailyWork;
import org.tandem.mentoring.service.jobs.JobCounts;
import org.tandem.mentoring.service.jobs.Outbox;
import org.tandem.mentoring.store.JobRunLog;

/**
 * The daily reminders: whatever a {@link WaitingSource} names as waiting for someone, mailed to them once (one
 * letter a day with what is new), unless they turned reminders off and it does not need their decision.
 */
@Named
public class Reminders implements DailyWork {

    public static final String JOB = "tandem-reminders";

    private final List<WaitingSource> sources;
    private final Outbox outbox;

    public Reminders(List<WaitingSource> sources, Outbox outbox) {
        this.sources = List.copyOf(sources);
        this.outbox = outbox;
    }

    @Override
    public String job() {
        return JOB;
    }

    @Override
    public JobCounts run(LocalDate day) {
        Map<String, List<Outbox.Line>> byPerson = new LinkedHashMap<>();
        for (WaitingSource source : sources) {
            for (WaitingSource.Addressed a : source.waitingForEveryone(day)) {
                if (!a.waiting().since().isAfter(day)) {
                    byPerson.computeIfAbsent(a.userKey(), k -> new ArrayList<>()).add(line(a.waiting()));
                }
            }
        }
        return sendAll(outbox, JOB, day, byPerson, "tandem.mail.reminders.subject", "tandem.mail.reminders.intro");
    }

    /** One letter per person, counted by what became of it. */
    public static JobCounts sendAll(Outbox outbox, String job, LocalDate day, Map<String, List<Outbox.Line>> byPerson,
            String subjectKey, String introKey) {
        Map<String, JobRunLog.MailPreference> preferences = outbox.preferences(byPerson.keySet());
        JobCounts counts = new JobCounts().add("people", byPerson.size());
        byPerson.forEach((person, lines) -> {
            Outbox.Sent sent = outbox.send(job, day, new Outbox.Letter(person, subjectKey, List.of(), introKey, lines),
                    preferences.get(person));
            counts.add(sent.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), 1);
        });
        return counts;
    }

    static Outbox.Line line(Waiting w) {
        return new Outbox.Line(w.key(), w.decision(), "tandem.waiting." + w.kind(),
                List.<Serializable>of(w.subject(), w.programmeTitle()), w.link());
    }
}
