package org.tandem.mentoring.service.survey;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.service.waiting.WaitingSource;
import org.tandem.mentoring.store.PairingStore;

/**
 * "Answer a survey": one {@link Waiting} of kind {@code survey} ({@code alumni-checkin} for the alumni check-in,
 * {@code manager-midpoint} for the manager's mid-point feedback) for each survey open and unanswered for the person
 * on the day, keyed by the survey's occurrence ({@code survey:<kind>:<pairingId>:<due>}), since the day it opened,
 * linking to the programme's home page where it is answered. Not a decision: turning reminders off silences it.
 * Its subject is the survey's kind, except the manager's mid-point feedback, which names the report (the mentee) it
 * is about, so that a manager of two reports in one programme tells the two apart. Four statements whatever the
 * number of the person's pairings, for everyone three and one per programme; one more per report named.
 */
@Named
public class SurveyWaiting implements WaitingSource {

    /** The kind of the alumni check-in, three months after the end ("still applying what you learnt?"). */
    static final String ALUMNI = "alumni-checkin";
    /** The kind of the manager's mid-point feedback, which the daily nudges remind a late manager of. */
    public static final String MANAGER_MIDPOINT = "manager-midpoint";

    /** Where a survey is answered: the programme space's home page. */
    static final String LINK = "/display/%s";

    private final Surveys surveys;
    private final PairingStore pairings;
    private final HostUsers users;

    @Inject
    public SurveyWaiting(Surveys surveys, PairingStore pairings, HostUsers users) {
        this.surveys = surveys;
        this.pairings = pairings;
        this.users = users;
    }

    @Override
    public List<Waiting> waitingFor(String userKey, LocalDate today) {
        Map<Integer, String> reports = new HashMap<>();
        return surveys.openFor(userKey, today).stream().map(o -> waiting(o, reports))
                .toList();
    }

    /** Every open, unanswered survey with the person it waits for: three statements and one per programme. */
    @Override
    public List<Addressed> waitingForEveryone(LocalDate today) {
        List<Addressed> all = new ArrayList<>();
        Map<Integer, String> reports = new HashMap<>();
        surveys.openForEveryone(today).forEach((person, open) ->
                open.forEach(o -> all.add(new Addressed(person, waiting(o, reports)))));
        return all;
    }

    /** The waiting survey; {@code reports} holds the reports' names by pairing, looked up once each. */
    private Waiting waiting(Surveys.Open o, Map<Integer, String> reports) {
        String kind = switch (o.occurrence().kind()) {
            case ALUMNI -> ALUMNI;
            case MANAGER_MIDPOINT -> MANAGER_MIDPOINT;
            default -> "survey";
        };
        String subject = o.occurrence().kind() == SurveyKind.MANAGER_MIDPOINT
                ? reports.computeIfAbsent(o.occurrence().pairingId(), this::report)
                : o.occurrence().kind().code();
        return new Waiting(o.occurrence().key(), kind, o.programme().id(), o.programme().name(), subject,
                String.format(LINK, o.programme().spaceKey()), o.occurrence().due(), false);
    }

    /** The display name of the pairing's mentee: the manager's report. */
    private String report(int pairingId) {
        return pairings.findById(pairingId).map(Pairing::menteeKey).map(users::displayName).orElse("");
    }
}
