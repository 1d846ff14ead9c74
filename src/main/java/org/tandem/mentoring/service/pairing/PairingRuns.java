package org.tandem.mentoring.service.pairing;

import static org.tandem.mentoring.service.pairing.PairingGate.allowed;
import static org.tandem.mentoring.service.pairing.PairingGate.reasonFor;
import static org.tandem.mentoring.service.pairing.PairingRefusals.FIELD;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.MatchResult;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.matching.MatchingRequest;
import org.tandem.mentoring.domain.matching.PreparedMatching;
import org.tandem.mentoring.domain.matching.MatchingRules;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.people.Managers;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The coordinator's matching workflow: run matching, adjust the staged pairings (remove one, swap the mentors of
 * two, stage a pair by hand), publish them to the pairs, and read the decision log.
 *
 * <p>A run is allowed while the programme is in {@code MATCHING} or {@code RUNNING} (late enrolments are matched
 * while earlier pairs already meet; during {@code ENROLMENT_OPEN} the cohort is still changing, so a run is
 * refused). It takes the programme's {@code APPROVED} mentees and mentors, leaves out mentees who already have a
 * proposed or active pairing, offers each mentor only the places not held by proposed or active pairings, and
 * stages the engine's proposals, replacing the staged pairings of the run before; the pairs a coordinator staged
 * by hand stay (their people and places held) unless the coordinator discards them. The programme's matching
 * settings ({@link PairingSettings}) give the objective, the weights and the same-manager rule. A hard rule of the engine
 * ({@link HardRule}) can never be overridden; soft warnings ({@link PairingWarning}) can, with a written reason
 * that is kept. Publishing makes every staged pairing {@code PROPOSED}; the hard rules and the capacities are
 * checked again against the current org chart first, and nothing is published if one fails. Every step is the
 * programme's coordinators' only, and is logged with who took it and when.
 */
@Named
public class PairingRuns {

    private final PairingGate gate;
    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final OrgChartRepository orgChart;
    private final PairingStore pairings;
    private final HostUsers users;
    private final PairingViews views;
    private final MatchingSettingsRepository settings;
    private final MatchingEngine engine;
    private final Clock clock;
    private final RunProgress progress;

    @Inject
    public PairingRuns(ProgrammeGate gate, ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, PairingStore pairings, HostUsers users,
            MatchingSettingsRepository settings, HostClock hostClock, RunProgress progress) {
        this(gate, programmes, participants, themes, orgChart, pairings, users, settings, new MatchingEngine(),
                hostClock.clock(), progress);
    }

    PairingRuns(ProgrammeGate gate, ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, PairingStore pairings, HostUsers users,
            MatchingSettingsRepository settings, MatchingEngine engine, Clock clock) {
        this(gate, programmes, participants, themes, orgChart, pairings, users, settings, engine, clock, null);
    }

    PairingRuns(ProgrammeGate gate, ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, PairingStore pairings, HostUsers users,
            MatchingSettingsRepository settings, MatchingEngine engine, Clock clock, RunProgress progress) {
        this.progress = progress;
        this.gate = new PairingGate(gate, programmes, pairings, new PairingManagers(orgChart, users, pairings));
        this.participants = participants;
        this.themes = themes;
        this.orgChart = orgChart;
        this.pairings = pairings;
        this.users = users;
        this.views = new PairingViews(users);
        this.settings = settings;
        this.engine = engine;
        this.clock = clock;
    }

    /** Runs matching, keeping the pairs staged by hand. */
    public RunResult run(int programmeId) {
        return run(programmeId, false);
    }

    /**
     * Runs matching for a programme with its stored settings and stages the proposals, replacing the staged
     * pairings of the last run. The pairs a coordinator staged by hand stay, with their reasons, unless
     * {@code discardHandPairs}.
     */
    public RunResult run(int programmeId, boolean discardHandPairs) {
        String viewer = gate.signedIn();
        RunProgress.Run run = RunProgress.of(progress, programmeId);
        return run.track(() -> gate.inTransaction(() -> {
            RunTimings.Marks took = new RunTimings.Marks();
            Programme programme = gate.coordinated(programmeId, viewer);
            requireMatchingOpen(programme);
            took.reportTo(run);
            MatchingInput input = input(programme, orgChart.whole());
            List<Pairing> holding = holding(pairings, programmeId, discardHandPairs);
            Set<Integer> keep = staged(holding);
            MatchingRequest request = input.openRequest(holding);
            took.mark();
            PreparedMatching prepared = engine.prepare(request);
            took.mark();
            MatchResult result = prepared.solve();
            took.mark();
            Instant now = clock.instant();
            List<Pairing> staged = new ArrayList<>();
            for (Proposal proposal : result.proposals()) {
                staged.add(Pairing.staged(programmeId, proposal, input.warnings(proposal), null, viewer, now));
            }
            List<Pairing> stored = pairings.replaceStaged(programmeId, staged, keep, viewer, now);
            List<PairingView> shown = views(stored, viewer);
            Map<String, String> names = views.names(result.unmatchedMentees());
            took.mark();
            return new RunResult(shown, result.unmatchedMentees(), result.matchedCount(), result.totalScore(), names,
                    took.timings());
        }));
    }

    /**
     * How many of the mentees a run would match at all under the programme's hard rules, ignoring the scores:
     * the largest number the mentors' free places allow (the pairs staged by hand hold their people, as in a run).
     */
    public MatchPreview preview(int programmeId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.coordinated(programmeId, viewer);
            MatchingInput input = input(programme, orgChart.whole());
            MatchingRequest open = input.openRequest(holding(pairings, programmeId, false));
            MatchingRules hardRulesOnly = open.rules().withObjective(Objective.MOST_MATCHED).withMinimumScore(0);
            for (Criterion criterion : Criterion.values()) {
                hardRulesOnly = hardRulesOnly.withWeight(criterion, 0);
            }
            MatchResult result = engine.match(new MatchingRequest(open.mentees(), open.mentors(), open.orgChart(),
                    hardRulesOnly));
            return new MatchPreview(result.matchedCount(), open.mentees().size());
        });
    }

    /**
     * The pairings whose people a run leaves alone: proposed and active ones, and the pairs a coordinator staged by
     * hand unless {@code discardHandPairs}. The staged pairings of the last run are not read.
     */
    static List<Pairing> holding(PairingStore pairings, int programmeId, boolean discardHandPairs) {
        Set<PairingState> holds = EnumSet.noneOf(PairingState.class);
        Arrays.stream(PairingState.values()).filter(PairingState::holdsPeople).forEach(holds::add);
        List<Pairing> holding = new ArrayList<>(pairings.findByProgrammeAndStates(programmeId, holds));
        if (!discardHandPairs) {
            holding.addAll(pairings.findStagedByHand(programmeId));
        }
        return holding;
    }

    /** The ids of the staged pairings among {@code holding}: the hand-staged pairs a run keeps. */
    static Set<Integer> staged(List<Pairing> holding) {
        Set<Integer> staged = new HashSet<>();
        for (Pairing pairing : holding) {
            if (pairing.state() == PairingState.STAGED) {
                staged.add(pairing.id());
            }
        }
        return staged;
    }

    /** Removes a staged pairing. */
    public void remove(int pairingId, int version) {
        String viewer = gate.signedIn();
        gate.inTransaction(() -> {
            PairingGate.Found found = gate.find(pairingId, viewer);
            found.access().requireCoordinator();
            if (found.pairing().state() != PairingState.STAGED) {
                throw new Refusal.Conflict(PairingRefusals.STATE);
            }
            pairings.removeStaged(pairingId, version, viewer, clock.instant(), null);
            return null;
        });
    }

    /**
     * Swaps the mentors of two staged pairings of a programme. Each new pair is held to the hard rules; a
     * reason is required when either new pair has a soft warning.
     */
    public List<PairingView> swap(int programmeId, int firstId, int firstVersion, int secondId, int secondVersion,
            String reason) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            PairingGate.Found first = gate.find(firstId, viewer);
            PairingGate.Found second = gate.find(secondId, viewer);
            if (first.pairing().programmeId() != programmeId) {
                throw PairingRefusals.pairingNotFound(firstId);
            }
            first.access().requireCoordinator();
            second.access().requireCoordinator();
            if (first.pairing().programmeId() != second.pairing().programmeId() || firstId == secondId) {
                throw PairingRefusals.invalid("second", FIELD + "swap.other");
            }
            if (first.pairing().state() != PairingState.STAGED || second.pairing().state() != PairingState.STAGED) {
                throw new Refusal.Conflict(PairingRefusals.STATE);
            }
            if (first.pairing().mentorKey().equals(second.pairing().mentorKey())) {
                throw PairingRefusals.invalid("second", FIELD + "swap.same-mentor");
            }
            requireMatchingOpen(first.programme());
            MatchingInput input = input(first.programme(), orgChart.snapshot(List.of(first.pairing().menteeKey(),
                    second.pairing().menteeKey(), first.pairing().mentorKey(), second.pairing().mentorKey())));
            Proposal a = allowed(input, first.pairing().menteeKey(), second.pairing().mentorKey(), "second");
            Proposal b = allowed(input, second.pairing().menteeKey(), first.pairing().mentorKey(), "first");
            Set<PairingWarning> warningsA = input.warnings(a);
            Set<PairingWarning> warningsB = input.warnings(b);
            String why = reasonFor(warningsA.isEmpty() && warningsB.isEmpty(), reason);
            Instant now = clock.instant();
            Pairing swappedA = pairings.save(first.pairing().atVersion(firstVersion).withMentor(a, warningsA, why)
                    .decidedBy(viewer, now), PairingEventType.SWAPPED, viewer, now, why);
            Pairing swappedB = pairings.save(second.pairing().atVersion(secondVersion).withMentor(b, warningsB, why)
                    .decidedBy(viewer, now), PairingEventType.SWAPPED, viewer, now, why);
            return views(List.of(swappedA, swappedB), viewer);
        });
    }

    /**
     * Stages a pair the coordinator chose. Both must be approved participants in their roles, the mentee without a
     * staged, proposed or active pairing, the mentor with a place left; the hard rules are never overridden, and a
     * soft warning needs a reason.
     */
    public PairingView add(int programmeId, String menteeKey, String mentorKey, String reason) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.coordinated(programmeId, viewer);
            requireMatchingOpen(programme);
            MatchingInput input = input(programme, orgChart.snapshot(Arrays.asList(menteeKey, mentorKey)));
            Map<String, FieldError> errors = new LinkedHashMap<>();
            if (menteeKey == null || !input.isMentee(menteeKey)) {
                errors.put("menteeKey", FieldError.of(FIELD + "mentee.unknown"));
            }
            if (mentorKey == null || !input.isMentor(mentorKey)) {
                errors.put("mentorKey", FieldError.of(FIELD + "mentor.unknown"));
            }
            throwIfAny(errors);
            List<Pairing> existing = pairings.findByProgramme(programmeId);
            if (existing.stream().anyMatch(p -> p.menteeKey().equals(menteeKey) && !p.state().isFinal())) {
                throw PairingRefusals.invalid("menteeKey", FIELD + "mentee.paired");
            }
            long taken = existing.stream().filter(p -> p.mentorKey().equals(mentorKey) && !p.state().isFinal())
                    .count();
            if (taken >= input.mentor(mentorKey).capacity()) {
                throw PairingRefusals.invalid("mentorKey", FIELD + "mentor.full");
            }
            Proposal proposal = allowed(input, menteeKey, mentorKey, "mentorKey");
            Set<PairingWarning> warnings = input.warnings(proposal);
            String why = reasonFor(warnings.isEmpty(), reason);
            Instant now = clock.instant();
            Pairing stored = pairings.stage(Pairing.staged(programmeId, proposal, warnings, why, viewer, now),
                    PairingEventType.ADDED, viewer, now, why);
            return views.view(new PairingAccess(stored, viewer, true));
        });
    }

    /**
     * Publishes every staged pairing of a programme to its pair. The hard rules, the approvals of both people and
     * the mentors' capacities are checked again first; if one fails nothing is published.
     */
    public List<PairingView> publish(int programmeId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.coordinated(programmeId, viewer);
            requireMatchingOpen(programme);
            List<Pairing> all = pairings.findByProgramme(programmeId);
            List<Pairing> staged = all.stream().filter(p -> p.state() == PairingState.STAGED).toList();
            if (staged.isEmpty()) {
                throw new Refusal.Conflict(PairingRefusals.NOTHING_STAGED);
            }
            OrgChart chart = orgChart.snapshot(staged.stream()
                    .flatMap(p -> Stream.of(p.menteeKey(), p.mentorKey())).toList());
            MatchingInput input = input(programme, chart);
            Map<String, Integer> load = new HashMap<>();
            Set<String> menteesHeld = new LinkedHashSet<>();
            for (Pairing pairing : all) {
                if (!pairing.state().isFinal()) {
                    load.merge(pairing.mentorKey(), 1, Integer::sum);
                    if (!menteesHeld.add(pairing.menteeKey())) {
                        throw new Refusal.Conflict(PairingRefusals.PUBLISH, pairing.menteeKey());
                    }
                }
            }
            Map<String, Integer> capacities = new LinkedHashMap<>();
            for (Pairing pairing : staged) {
                if (!input.isMentee(pairing.menteeKey()) || !input.isMentor(pairing.mentorKey())
                        || input.check(pairing.menteeKey(), pairing.mentorKey()).isPresent()
                        || load.get(pairing.mentorKey()) > input.mentor(pairing.mentorKey()).capacity()) {
                    throw new Refusal.Conflict(PairingRefusals.PUBLISH, pairing.menteeKey());
                }
                capacities.put(pairing.mentorKey(), input.mentor(pairing.mentorKey()).capacity());
            }
            pairings.reserveSeats(programmeId, capacities);
            Instant now = clock.instant();
            List<Pairing> published = new ArrayList<>();
            Map<String, String> managers = Managers.managersOf(chart,
                    staged.stream().map(Pairing::menteeKey).toList(), users);
            for (Pairing pairing : staged) {
                String manager = managers.get(pairing.menteeKey());
                Pairing proposed = pairings.save(pairing.proposed(manager, programme.sponsorApprovalRequired())
                        .decidedBy(viewer, now), PairingEventType.PUBLISHED, viewer, now, null);
                if (manager == null) {
                    pairings.log(programmeId, proposed.id(), PairingEventType.MANAGER_SKIPPED, viewer, now,
                            "no manager in the org chart");
                }
                published.add(proposed);
            }
            return views(published, viewer);
        });
    }

    /** The decision log of a programme's pairings; coordinators only. */
    public List<PairingEvent> history(int programmeId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            gate.coordinated(programmeId, viewer);
            return pairings.findProgrammeEvents(programmeId);
        });
    }

    private MatchingInput input(Programme programme, OrgChart chart) {
        List<Participant> approved = participants.findByProgrammeAndState(programme.id(),
                ParticipantState.APPROVED);
        Map<Integer, String> names = new HashMap<>();
        for (LearningTheme theme : themes.findAvailableTo(programme.id())) {
            names.put(theme.id(), theme.name());
        }
        return new MatchingInput(engine, programme, settings.findOrDefaults(programme.id()), approved, names, chart,
                users::timeZone, clock.instant());
    }

    static void requireMatchingOpen(Programme programme) {
        if (!PairingGate.matchingOpen(programme)) {
            throw new Refusal.Conflict(PairingRefusals.PHASE, programme.phase().name());
        }
    }

    private static void throwIfAny(Map<String, FieldError> errors) {
        if (!errors.isEmpty()) {
            throw PairingRefusals.invalid(errors);
        }
    }

    /** The pairings as their coordinator sees them. */
    private List<PairingView> views(List<Pairing> changed, String viewer) {
        return views.views(changed.stream().map(p -> new PairingAccess(p, viewer, true)).toList());
    }
}
