package org.tandem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Rating;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.domain.survey.SurveyOccurrence;
import org.tandem.mentoring.domain.survey.SurveySchedule;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SharedHomeNoteKeys;
import org.tandem.mentoring.store.SurveyAnswerEntity;
import org.tandem.mentoring.store.SurveyRepository;

/**
 * The surveys of the demo programme's running pairs, answered as their dates came: every survey that has closed by
 * today was answered by each member it asked (the first pulse of the five pairs of the dashboards: ten answers in
 * one month, enough to show), and of the surveys open today only the mentors answered (the demo pair's pulse: one
 * answer in its month, a small group the dashboard does not show). The demo mentee's pulse stays open to answer.
 * Written once, through the store, with the schedule the plugin uses.
 */
final class DemoSurveys {

    private DemoSurveys() {
    }

    static void write(ActiveObjects ao, Path sharedHome) {
        Programme programme = new ProgrammeRepository(ao).findBySpaceKey(DemoData.SPACE).orElse(null);
        if (programme == null || ao.count(SurveyAnswerEntity.class) > 0) {
            return;
        }
        SurveyRepository surveys = new SurveyRepository(ao, SharedHomeNoteKeys.in(sharedHome));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Pairing> running = new AoPairingStore(ao).findByProgrammeAndStates(programme.id(),
                Set.of(PairingState.ACTIVE));
        int n = 0;
        for (Pairing pairing : running) {
            for (String person : List.of(pairing.menteeKey(), pairing.mentorKey())) {
                for (SurveyRepository.Membership m : surveys.memberships(person)) {
                    if (m.pairingId() != pairing.id()) {
                        continue;
                    }
                    for (SurveyOccurrence o : asked(m, programme, today)) {
                        boolean closed = !o.closes().isAfter(today);
                        if (closed || !person.equals(pairing.menteeKey())) {
                            LocalDate on = closed ? o.due().plusDays(2) : today;
                            surveys.answer(new SurveyRepository.Draft(o, person, ratings(o, n++), o.kind()
                                    == SurveyKind.CLOSURE ? ClosureReason.PLANNED_END : null, null,
                                    on.atStartOfDay(ZoneOffset.UTC).plusHours(9).toInstant()));
                        }
                    }
                }
            }
        }
    }

    /** Every survey the member was asked up to today, once each. */
    private static List<SurveyOccurrence> asked(SurveyRepository.Membership m, Programme programme,
            LocalDate today) {
        LocalDate since = LocalDate.ofInstant(m.activeSince(), ZoneOffset.UTC);
        SurveySchedule.Membership member = new SurveySchedule.Membership(m.pairingId(), m.programmeId(), since,
                m.endedAt() == null ? null : LocalDate.ofInstant(m.endedAt(), ZoneOffset.UTC),
                programme.startDate(), programme.endDate(), m.mentee());
        Map<String, SurveyOccurrence> asked = new LinkedHashMap<>();
        for (LocalDate day = since; !day.isAfter(today); day = day.plus(1, ChronoUnit.DAYS)) {
            SurveySchedule.open(member, day).forEach(o -> asked.putIfAbsent(o.key(), o));
        }
        return new ArrayList<>(asked.values());
    }

    /** Scores that differ from answer to answer, mostly 3 to 5. */
    private static List<Rating> ratings(SurveyOccurrence o, int n) {
        List<String> items = o.kind() == SurveyKind.PULSE ? SurveyKind.PULSE_QUESTIONS
                : o.kind().asksStatements() ? Statement.DEFAULTS.stream().map(Statement::key).toList() : List.of();
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ratings.add(new Rating(items.get(i), 3 + (n + i) % 3 - (n % 4 == 3 ? 1 : 0)));
        }
        return ratings;
    }
}
