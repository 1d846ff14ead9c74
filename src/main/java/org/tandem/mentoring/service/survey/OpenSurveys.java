package org.tandem.mentoring.service.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.domain.survey.SurveyOccurrence;
import org.tandem.mentoring.domain.survey.SurveySchedule;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SurveyRepository;

/**
 * Which surveys are open on a day: the {@link SurveySchedule} over the memberships and programmes the store holds,
 * each with the items it asks. Who may ask is the caller's concern ({@link Surveys}, {@link SurveyWaiting}); callers
 * run it inside their transaction.
 */
final class OpenSurveys {

    private final ProgrammeRepository programmes;
    private final SurveyRepository store;

    OpenSurveys(ProgrammeRepository programmes, SurveyRepository store) {
        this.programmes = programmes;
        this.store = store;
    }

    /**
     * What is open for a person on a day and not among the keys {@code answeredKeys} reads, newest first: four
     * statements whatever the number of pairings (pairings with their events, their programmes, the answered keys,
     * statements), one for somebody who was never paired.
     */
    List<Surveys.Open> openFor(String personKey, LocalDate today, Supplier<List<String>> answeredKeys) {
        List<SurveyRepository.Membership> memberships = store.memberships(personKey);
        if (memberships.isEmpty()) {
            return List.of();
        }
        Map<Integer, Programme> all = programmes.findByIds(memberships.stream()
                .map(SurveyRepository.Membership::programmeId).toList());
        Set<String> answered = new HashSet<>(answeredKeys.get());
        Map<Integer, List<Statement>> statements = new HashMap<>();
        List<Surveys.Open> open = new ArrayList<>();
        for (SurveyRepository.Membership m : memberships) {
            for (Surveys.Open o : open(m, today, all, statements)) {
                if (!answered.contains(o.occurrence().key())) {
                    open.add(o);
                }
            }
        }
        open.sort(Comparator.comparing((Surveys.Open o) -> o.occurrence().due()).reversed());
        return open;
    }

    /**
     * What is open and unanswered on a day for everyone who takes part, by person key, for the daily reminders:
     * three statements and one per programme with open surveys, whatever the number of people.
     */
    Map<String, List<Surveys.Open>> openForEveryone(LocalDate today) {
        Map<Integer, Programme> all = programmes.findAll().stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
        Set<String> answered = store.everyonesAnsweredKeys();
        Map<Integer, List<Statement>> statements = new HashMap<>();
        Map<String, List<Surveys.Open>> open = new LinkedHashMap<>();
        for (SurveyRepository.PersonMembership pm : store.everyonesMemberships()) {
            for (Surveys.Open o : open(pm.membership(), today, all, statements)) {
                if (!answered.contains(pm.personKey() + "\n" + o.occurrence().key())) {
                    open.computeIfAbsent(pm.personKey(), k -> new ArrayList<>()).add(o);
                }
            }
        }
        return open;
    }

    /** The surveys open on a day for one membership, answered or not; none in an archived programme. */
    private List<Surveys.Open> open(SurveyRepository.Membership m, LocalDate today, Map<Integer, Programme> all,
            Map<Integer, List<Statement>> statements) {
        Programme programme = all.get(m.programmeId());
        if (programme == null || programme.phase() == ProgrammePhase.ARCHIVED) {
            return List.of();
        }
        SurveySchedule.Membership member = new SurveySchedule.Membership(m.pairingId(), m.programmeId(),
                day(m.activeSince()), m.endedAt() == null ? null : day(m.endedAt()), programme.startDate(),
                programme.endDate(), m.mentee(), m.manager());
        List<Surveys.Open> open = new ArrayList<>();
        for (SurveyOccurrence o : SurveySchedule.open(member, today)) {
            open.add(new Surveys.Open(o, programme, o.kind() == SurveyKind.ALUMNI ? alumniItems(m.manager())
                    : items(o.kind(), programme, statements)));
        }
        return open;
    }

    /** The programme's own agreement statements, or the default set when it has none. */
    List<Statement> statementsOf(Programme programme) {
        List<Statement> own = store.statements(programme.id());
        return own.isEmpty() ? Statement.DEFAULTS : own;
    }

    /** The alumni check-in's one question, asked of the former mentee or of their manager. */
    private static List<Statement> alumniItems(boolean manager) {
        return List.of(new Statement(manager ? SurveyKind.ALUMNI_MANAGER_QUESTION : SurveyKind.ALUMNI_MENTEE_QUESTION,
                null));
    }

    private List<Statement> items(SurveyKind kind, Programme programme, Map<Integer, List<Statement>> cache) {
        if (kind == SurveyKind.MANAGER_MIDPOINT) {
            return List.of(new Statement(SurveyKind.MANAGER_MIDPOINT_QUESTION, null));
        }
        if (kind == SurveyKind.PULSE) {
            return SurveyKind.PULSE_QUESTIONS.stream().map(q -> new Statement(q, null)).toList();
        }
        if (kind.asksStatements()) {
            return cache.computeIfAbsent(programme.id(), id -> statementsOf(programme));
        }
        return List.of();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
