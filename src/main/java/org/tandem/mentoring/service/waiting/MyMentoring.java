package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.store.JobRunLog;

/**
 * "My mentoring": what waits for the signed-in person across programmes, from every {@link WaitingSource} the
 * plugin has (a new source is a Spring bean implementing the interface; nothing here changes), and the person's own
 * mail choices. Only ever the signed-in person's: there is no way to ask about someone else.
 */
@Named
public class MyMentoring {

    public static final String SIGN_IN = "tandem.waiting.error.sign-in";

    /** The list and the person's choices. */
    public record View(List<Waiting> waiting, boolean remindersOn, boolean plainText) {
    }

    private final List<WaitingSource> sources;
    private final HostUsers users;
    private final JobRunLog log;
    private final DailyJobs days;
    private final HostClock clock;

    public MyMentoring(List<WaitingSource> sources, HostUsers users, JobRunLog log, DailyJobs days,
            HostClock clock) {
        this.sources = List.copyOf(sources);
        this.users = users;
        this.log = log;
        this.days = days;
        this.clock = clock;
    }

    /** What waits for the signed-in person, oldest first. */
    public View mine() {
        String viewer = signedIn();
        List<Waiting> all = new ArrayList<>();
        for (WaitingSource source : sources) {
            all.addAll(source.waitingFor(viewer, days.today()));
        }
        all.sort(Comparator.comparing(Waiting::since).thenComparing(Waiting::programmeTitle)
                .thenComparing(Waiting::kind).thenComparing(Waiting::subject));
        JobRunLog.MailPreference preference = log.preference(viewer);
        return new View(List.copyOf(all), !preference.remindersOff(), preference.plainText());
    }

    /** Sets the signed-in person's own mail choices. */
    public View choose(boolean remindersOn, boolean plainText) {
        String viewer = signedIn();
        log.setPreference(viewer, new JobRunLog.MailPreference(!remindersOn, plainText), clock.now().toEpochMilli());
        return mine();
    }

    private String signedIn() {
        return users.currentUserKey().orElseThrow(() -> new Refusal.Forbidden(SIGN_IN));
    }
}
