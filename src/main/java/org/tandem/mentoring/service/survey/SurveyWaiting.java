package org.tandem.mentoring.service.survey;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.service.waiting.WaitingSource;

/**
 * "Answer a survey": one {@link Waiting} of kind {@code survey} for each survey open and unanswered for the person
 * on the day, keyed by the survey's occurrence ({@code survey:<kind>:<pairingId>:<due>}), since the day it opened,
 * linking to the programme's home page where it is answered. Not a decision: turning reminders off silences it.
 * Four statements whatever the number of the person's pairings.
 */
@Named
public class SurveyWaiting implements WaitingSource {

    /** Where a survey is answered: the programme space's home page. */
    static final String LINK = "/display/%s";

    private final Surveys surveys;

    @Inject
    public SurveyWaiting(Surveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public List<Waiting> waitingFor(String userKey, LocalDate today) {
        return surveys.openFor(userKey, today, surveys.programmesById()).stream()
                .map(o -> new Waiting(o.occurrence().key(), "survey", o.programme().id(), o.programme().name(),
                        o.occurrence().kind().code(), String.format(LINK, o.programme().spaceKey()),
                        o.occurrence().due(), false))
                .toList();
    }
}
