package org.tandem.mentoring.service.survey;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.service.waiting.WaitingSource;

/**
 * "Answer a survey": one {@link Waiting} of kind {@code survey} ({@code alumni-checkin} for the alumni check-in,
 * {@code manager-midpoint} for the manager's mid-point feedback) for each survey open and unanswered for the person
 * on the day, keyed by the survey's occurrence ({@code survey:<kind>:<pairingId>:<due>}), since the day it opened,
 * linking to the programme's home page where it is answered. Not a decision: turning reminders off silences it.
 * Four statements whatever the number of the person's pairings; for everyone, three and one per programme.
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

    @Inject
    public SurveyWaiting(Surveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public List<Waiting> waitingFor(String userKey, LocalDate today) {
        return surveys.openFor(userKey, today, surveys.programmesById()).stream().map(SurveyWaiting::waiting)
                .toList();
    }

    /** Every open, unanswered survey with the person it waits for: three statements and one per programme. */
    @Override
    public List<Addressed> waitingForEveryone(LocalDate today) {
        List<Addressed> all = new ArrayList<>();
        surveys.openForEveryone(today, surveys.programmesById()).forEach((person, open) ->
                open.forEach(o -> all.add(new Addressed(person, waiting(o)))));
        return all;
    }

    private static Waiting waiting(Surveys.Open o) {
        String kind = switch (o.occurrence().kind()) {
            case ALUMNI -> ALUMNI;
            case MANAGER_MIDPOINT -> MANAGER_MIDPOINT;
            default -> "survey";
        };
        return new Waiting(o.occurrence().key(), kind, o.programme().id(), o.programme().name(),
                o.occurrence().kind().code(), String.format(LINK, o.programme().spaceKey()), o.occurrence().due(),
                false);
    }
}
