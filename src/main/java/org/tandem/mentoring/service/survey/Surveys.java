package org.tandem.mentoring.service.survey;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.dashboard.SmallGroups;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Rating;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyAnswer;
import org.tandem.mentoring.domain.survey.SurveyKind;
import org.tandem.mentoring.domain.survey.SurveyOccurrence;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboard;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.StoreValidationException;
import org.tandem.mentoring.store.SurveyAnsweredException;
import org.tandem.mentoring.store.SurveyRepository;

/**
 * The surveys of a programme's year. Which surveys are open for a person is computed from dates and answers
 * ({@link SurveySchedule}, read with the host's clock), so nothing runs to open or close them. A person sees and
 * answers only their own surveys and reads back only their own answers; the free text is sealed for its author.
 * A coordinator edits the programme's agreement statements while it is a draft (before enrolment opens) and reads
 * the results in aggregate only, small groups suppressed.
 */
@Named
public class Surveys {

    /** Longest free text of an answer. */
    public static final int MAX_TEXT = 2000;

    /** A survey open for the viewer, with the items to score (none for the closure survey). */
    public record Open(SurveyOccurrence occurrence, Programme programme, List<Statement> items) {
    }

    /** The viewer's open surveys and their own earlier answers (free text opened for them alone). */
    public record Mine(List<Open> open, List<SurveyAnswer> answered) {
    }

    /** A programme's statements as its coordinator edits them; {@code editable} while the programme is a draft. */
    public record StatementSet(Programme programme, List<Statement> statements, boolean custom, boolean editable) {
    }

    /** One item's scores in aggregate: how many and the average, both null where the group is small. */
    public record Score(String period, Integer count, Double average) {
    }

    /**
     * A programme's results, small groups suppressed; {@code alumni} holds the alumni check-in's scores by question
     * (former mentees, managers), every month together, and {@code managers} the managers' mid-point feedback by
     * question.
     */
    public record Results(List<Statement> statements, Map<String, Score> midpoint, Map<String, Score> end,
            List<String> pulseMonths, Map<String, Map<String, Score>> pulse, Map<ClosureReason, Integer> reasons,
            int k, Map<String, Score> alumni, Map<String, Score> managers) {

        /** Results without the managers' mid-point feedback. */
        public Results(List<Statement> statements, Map<String, Score> midpoint, Map<String, Score> end,
                List<String> pulseMonths, Map<String, Map<String, Score>> pulse, Map<ClosureReason, Integer> reasons,
                int k, Map<String, Score> alumni) {
            this(statements, midpoint, end, pulseMonths, pulse, reasons, k, alumni, Map.of());
        }

        /** Results without alumni check-ins. */
        public Results(List<Statement> statements, Map<String, Score> midpoint, Map<String, Score> end,
                List<String> pulseMonths, Map<String, Map<String, Score>> pulse, Map<ClosureReason, Integer> reasons,
                int k) {
            this(statements, midpoint, end, pulseMonths, pulse, reasons, k, Map.of());
        }
    }

    private final ProgrammeGate gate;
    private final ProgrammeRepository programmes;
    private final SurveyRepository store;
    private final HostClock clock;
    private final OpenSurveys schedule;

    @Inject
    public Surveys(ProgrammeGate gate, ProgrammeRepository programmes, SurveyRepository store, HostClock clock) {
        this.gate = gate;
        this.programmes = programmes;
        this.store = store;
        this.clock = clock;
        this.schedule = new OpenSurveys(programmes, store);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    /** The viewer's open surveys and own answers, of one programme or (null) of all; nothing for nobody signed in. */
    public Mine mine(Integer programmeId) {
        Optional<String> viewer = gate.viewer();
        if (viewer.isEmpty()) {
            return new Mine(List.of(), List.of());
        }
        return gate.inTransaction(() -> {
            List<SurveyAnswer> own = store.answersOf(viewer.get());
            List<Open> open = schedule.openFor(viewer.get(), today(),
                    () -> own.stream().map(SurveyAnswer::key).toList())
                    .stream().filter(o -> programmeId == null || o.programme().id() == programmeId).toList();
            List<SurveyAnswer> answered = own.stream()
                    .filter(a -> programmeId == null || a.programmeId() == programmeId).toList();
            return new Mine(open, answered);
        });
    }

    /** The viewer's surveys in the programme of a space they may view; empty otherwise. */
    public Optional<Mine> mineInSpace(String spaceKey) {
        Optional<String> viewer = gate.viewer();
        if (viewer.isEmpty() || spaceKey == null) {
            return Optional.empty();
        }
        return gate.inSpace(spaceKey, viewer.get()).map(p -> mine(p.id()));
    }

    /** What is open and unanswered for a person on a day, newest first ({@link OpenSurveys#openFor}). */
    List<Open> openFor(String personKey, LocalDate today) {
        return schedule.openFor(personKey, today, () -> store.answeredKeys(personKey));
    }

    /** What is open and unanswered on a day for everyone who takes part, by person key. */
    Map<String, List<Open>> openForEveryone(LocalDate today) {
        return schedule.openForEveryone(today);
    }

    /** Records the viewer's answer to one of their open surveys. */
    public SurveyAnswer answer(String surveyKey, List<String> items, List<Integer> scores,
            ClosureReason reason, String text) {
        String viewer = gate.signedIn(SurveyRefusals.FORBIDDEN);
        String written = ProgrammeGate.trim(text);
        if (written != null && written.length() > MAX_TEXT) {
            throw SurveyRefusals.invalid("text", "text.long", MAX_TEXT);
        }
        try {
            return gate.inTransaction(() -> {
                LocalDate today = today();
                Open open = openFor(viewer, today).stream().filter(o -> o.occurrence().key().equals(surveyKey))
                        .findFirst().orElseThrow(() -> notOpen(viewer, surveyKey));
                List<Rating> ratings = ratings(open, items, scores);
                if (open.occurrence().kind() == SurveyKind.CLOSURE && reason == null) {
                    throw SurveyRefusals.invalid("reason", "reason.invalid");
                }
                return store.answer(new SurveyRepository.Draft(open.occurrence(), viewer, ratings,
                        open.occurrence().kind() == SurveyKind.CLOSURE ? reason : null, written, clock.now()));
            }, e -> e instanceof StoreValidationException
                    ? SurveyRefusals.invalid("scores", "scores.invalid") : SurveyRefusals.notFound());
        } catch (SurveyAnsweredException e) {
            throw new Refusal.Conflict(SurveyRefusals.ANSWERED);
        }
    }

    /** The programme's statements for a coordinator of it. */
    public StatementSet statements(int programmeId) {
        String viewer = gate.signedIn(SurveyRefusals.FORBIDDEN);
        Programme programme = gate.coordinated(programmeId, viewer, SurveyRefusals::notFound,
                SurveyRefusals.FORBIDDEN);
        return gate.inTransaction(() -> set(programme));
    }

    /** The statement set of the programme of a space, for its coordinators; empty for anybody else. */
    public Optional<StatementSet> statementsInSpace(String spaceKey) {
        Optional<String> viewer = gate.viewer();
        if (viewer.isEmpty() || spaceKey == null) {
            return Optional.empty();
        }
        return gate.inSpace(spaceKey, viewer.get()).filter(p -> gate.coordinates(viewer.get(), p))
                .map(p -> gate.inTransaction(() -> set(p)));
    }

    /** A coordinator replaces the statements while the programme is a draft; none brings the default set back. */
    public StatementSet saveStatements(int programmeId, List<String> texts) {
        String viewer = gate.signedIn(SurveyRefusals.FORBIDDEN);
        Programme programme = gate.coordinated(programmeId, viewer, SurveyRefusals::notFound,
                SurveyRefusals.FORBIDDEN);
        if (programme.phase() != ProgrammePhase.DRAFT) {
            throw new Refusal.Conflict(SurveyRefusals.LOCKED);
        }
        if (texts.size() > Statement.MAX_COUNT) {
            throw SurveyRefusals.invalid("statements", "statements.many", Statement.MAX_COUNT);
        }
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = ProgrammeGate.trim(texts.get(i));
            if (text == null) {
                throw SurveyRefusals.invalid("statements", "statements.blank", i + 1);
            }
            if (text.length() > Statement.MAX_LENGTH) {
                throw SurveyRefusals.invalid("statements", "statements.long", i + 1, Statement.MAX_LENGTH);
            }
            cleaned.add(text);
        }
        return gate.inTransaction(() -> {
            Programme now = programmes.findById(programmeId).orElseThrow(SurveyRefusals::notFound);
            if (now.phase() != ProgrammePhase.DRAFT) {
                throw new Refusal.Conflict(SurveyRefusals.LOCKED);
            }
            store.replaceStatements(programmeId, cleaned);
            return set(now);
        });
    }

    /**
     * The results of the programme of a dashboard (which only its coordinators get) in aggregate: statement scores
     * at the mid-point and the end, pulse scores by month, closure reasons; every count below the dashboard's k and
     * its average suppressed. Three statements.
     */
    public Results results(ProgrammeDashboard dashboard) {
        Programme programme = dashboard.programme();
        SmallGroups k = new SmallGroups(dashboard.k());
        return gate.inTransaction(() -> {
            List<Statement> statements = schedule.statementsOf(programme);
            Map<String, Score> midpoint = new java.util.HashMap<>();
            Map<String, Score> end = new java.util.HashMap<>();
            Map<String, Map<String, Score>> pulse = new java.util.TreeMap<>();
            Map<String, int[]> alumniSums = new java.util.TreeMap<>();
            Map<String, int[]> managerSums = new java.util.TreeMap<>();
            for (SurveyRepository.ScoreCount c : store.scores(programme.id())) {
                Score score = score(c.period(), c.count(), c.sum(), k);
                switch (c.kind()) {
                    case MIDPOINT -> midpoint.merge(c.item(), score, (a, b) -> b);
                    case END -> end.merge(c.item(), score, (a, b) -> b);
                    case PULSE -> pulse.computeIfAbsent(c.period(), p -> new java.util.HashMap<>()).put(c.item(), score);
                    case ALUMNI -> add(alumniSums, c);
                    case MANAGER_MIDPOINT -> add(managerSums, c);
                    default -> { }
                }
            }
            Map<String, Score> alumni = new java.util.LinkedHashMap<>();
            alumniSums.forEach((item, sum) -> alumni.put(item, score(null, sum[0], sum[1], k)));
            Map<String, Score> managers = new java.util.LinkedHashMap<>();
            managerSums.forEach((item, sum) -> managers.put(item, score(null, sum[0], sum[1], k)));
            Map<ClosureReason, Integer> reasons = new java.util.EnumMap<>(ClosureReason.class);
            store.closureReasons(programme.id()).forEach((reason, count) -> reasons.put(reason, k.shown(count)));
            return new Results(statements, midpoint, end, List.copyOf(pulse.keySet()), pulse, reasons, k.k(),
                    alumni, managers);
        });
    }

    /** Adds one month's count and sum of an item to its totals over every month. */
    private static void add(Map<String, int[]> sums, SurveyRepository.ScoreCount c) {
        int[] sum = sums.computeIfAbsent(c.item(), i -> new int[2]);
        sum[0] += c.count();
        sum[1] += c.sum();
    }

    /** A count and its average in tenths, both null where the group is small. */
    private static Score score(String period, int count, int sum, SmallGroups k) {
        return new Score(period, k.shown(count), k.shown(count) == null || count == 0 ? null
                : Math.round(10.0 * sum / count) / 10.0);
    }

    private StatementSet set(Programme programme) {
        List<Statement> own = store.statements(programme.id());
        return new StatementSet(programme, own.isEmpty() ? Statement.DEFAULTS : own, !own.isEmpty(),
                programme.phase() == ProgrammePhase.DRAFT);
    }

    /** Exactly one score from 1 to 5 for each item of the survey, in any order. */
    private static List<Rating> ratings(Open open, List<String> items, List<Integer> scores) {
        if (items.size() != scores.size()) {
            throw SurveyRefusals.invalid("scores", "scores.invalid");
        }
        Map<String, Integer> given = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            given.put(items.get(i), scores.get(i));
        }
        List<Rating> ratings = new ArrayList<>();
        for (Statement item : open.items()) {
            Integer score = given.remove(item.key());
            if (score == null || !Rating.inRange(score)) {
                throw SurveyRefusals.invalid("scores", "scores.missing");
            }
            ratings.add(new Rating(item.key(), score));
        }
        if (!given.isEmpty()) {
            throw SurveyRefusals.invalid("scores", "scores.invalid");
        }
        return ratings;
    }

    /**
     * "Answered already" or "closed" for the viewer's own pairing (for a manager, its alumni check-in and mid-point
     * feedback only), "not
     * found" for anything else.
     */
    private Refusal notOpen(String viewer, String surveyKey) {
        if (store.answeredKeys(viewer).contains(surveyKey)) {
            return new Refusal.Conflict(SurveyRefusals.ANSWERED);
        }
        String[] parts = surveyKey == null ? new String[0] : surveyKey.split(":");
        boolean managers = parts.length == 4 && (parts[1].equals(SurveyKind.ALUMNI.code())
                || parts[1].equals(SurveyKind.MANAGER_MIDPOINT.code()));
        boolean own = parts.length == 4 && store.memberships(viewer).stream()
                .anyMatch(m -> String.valueOf(m.pairingId()).equals(parts[2]) && (!m.manager() || managers));
        return own ? new Refusal.Conflict(SurveyRefusals.CLOSED) : SurveyRefusals.notFound();
    }
}
