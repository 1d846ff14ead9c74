package org.tandem.mentoring.service.pairing;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tandem.mentoring.domain.matching.Assignment;
import org.tandem.mentoring.domain.matching.BMatchingSolver;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.EnglishExplanations;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.matching.ScoreGraph;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.matching.SpeedRanking;
import org.tandem.mentoring.domain.matching.StableMatcher;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.matching.StablePair;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SpeedEventRepository;
import org.tandem.mentoring.store.SpeedRankingRepository;

/**
 * Matching from the rankings after a speed-mentoring event, staged on the pairing board like any run (it replaces
 * the last run's staged pairings, keeps the pairs staged by hand unless told otherwise, and goes through the same
 * publishing and consent). A mentee and a mentor can be paired only when each ranked the other without marking
 * them "would not pair", both are approved, the mentee holds no pairing and the mentor has a place left, and the
 * programme's hard rules allow it. {@link Method#STABLE}: mentee-proposing deferred acceptance, so no mentee and
 * mentor would both rather be together than with what they got. {@link Method#FIT}: the best total of the
 * ranking scores (or the most people matched first, as the programme's settings say), a pair scoring more the
 * higher each put the other. Each pair is explained by where each ranked the other. Coordinators only, while
 * matching is open.
 */
@Named
public class RankingRuns {

    public static final String NO_RANKINGS = "tandem.pairing.error.speed.no-rankings";

    /** How a run turns the rankings into pairs. */
    public enum Method { STABLE, FIT }

    private final PairingGate gate;
    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final OrgChartRepository orgChart;
    private final PairingStore pairings;
    private final MatchingSettingsRepository settings;
    private final SpeedEventRepository events;
    private final SpeedRankingRepository rankings;
    private final PairingViews views;
    private final PersonZones zones;
    private final HostUsers users;
    private final Clock clock;
    private final RunProgress progress;

    @Inject
    public RankingRuns(ProgrammeGate gate, ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, PairingStore pairings, HostUsers users,
            MatchingSettingsRepository settings, SpeedEventRepository events, SpeedRankingRepository rankings,
            HostClock hostClock, RunProgress progress) {
        this(gate, programmes, participants, themes, orgChart, pairings, users, settings, events, rankings,
                hostClock.clock(), progress);
    }

    RankingRuns(ProgrammeGate gate, ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, PairingStore pairings, HostUsers users,
            MatchingSettingsRepository settings, SpeedEventRepository events, SpeedRankingRepository rankings,
            Clock clock) {
        this(gate, programmes, participants, themes, orgChart, pairings, users, settings, events, rankings, clock,
                null);
    }

    RankingRuns(ProgrammeGate gate, ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, PairingStore pairings, HostUsers users,
            MatchingSettingsRepository settings, SpeedEventRepository events, SpeedRankingRepository rankings,
            Clock clock, RunProgress progress) {
        this.progress = progress;
        this.gate = new PairingGate(gate, programmes, pairings, new PairingManagers(orgChart, users, pairings));
        this.participants = participants;
        this.themes = themes;
        this.orgChart = orgChart;
        this.pairings = pairings;
        this.settings = settings;
        this.events = events;
        this.rankings = rankings;
        this.views = new PairingViews(users);
        this.zones = new PersonZones(users, orgChart);
        this.users = users;
        this.clock = clock;
    }

    /**
     * A speed-mentoring event of the programme whose rankings a run can match from, and how many ranked;
     * {@code zone} is the one the coordinator reads its time in.
     */
    public record RankedEvent(int id, Instant startsAt, ZoneId zone, String place, int rankings) {
    }

    /**
     * The programme's speed-mentoring events that someone ranked the people of, earliest first: what the board offers
     * to match from. Coordinators only ("not found" or "forbidden" otherwise).
     */
    public List<RankedEvent> rankedEvents(int programmeId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            gate.coordinated(programmeId, viewer);
            List<SpeedEvent> all = events.findByProgramme(programmeId);
            Map<Integer, Integer> counts = rankings.countByEvents(all.stream().map(SpeedEvent::id).toList());
            ZoneId zone = counts.isEmpty() ? null : zones.of(viewer);
            return all.stream().filter(e -> counts.containsKey(e.id()))
                    .sorted(Comparator.comparing(SpeedEvent::startsAt).thenComparing(SpeedEvent::id))
                    .map(e -> new RankedEvent(e.id(), e.startsAt(), zone, e.place(), counts.get(e.id()))).toList();
        });
    }

    /** The points of a pair for where one side put the other: 50 for a first choice, 10 less for each place. */
    static int points(int rank) {
        return Math.max(10, 60 - 10 * rank);
    }

    /** Matches the event's people from their rankings and stages the pairs, as {@link PairingRuns#run} does. */
    public RunResult run(int programmeId, int eventId, Method method, boolean discardHandPairs) {
        String viewer = gate.signedIn();
        RunProgress.Run run = RunProgress.of(progress, programmeId);
        return run.track(() -> gate.inTransaction(() -> {
            Programme programme = gate.coordinated(programmeId, viewer);
            PairingRuns.requireMatchingOpen(programme);
            SpeedEvents.existing(events, programmeId, eventId);
            run.reached(RunProgress.Phase.READ);
            Map<String, SpeedRanking> ranked = rankings.findByEvent(eventId);
            if (ranked.isEmpty()) {
                throw new Refusal.Conflict(NO_RANKINGS);
            }
            MatchingInput input = input(programme);
            List<Pairing> holding = PairingRuns.holding(pairings, programmeId, discardHandPairs);
            Set<Integer> keep = PairingRuns.staged(holding);
            run.reached(RunProgress.Phase.PREPARE);
            Candidates candidates = new Candidates(input, ranked, holding);
            run.reached(RunProgress.Phase.SOLVE);
            Map<String, String> chosen = method == Method.STABLE ? candidates.stable() : candidates.fit(input);
            Instant now = clock.instant();
            List<Pairing> staged = new ArrayList<>();
            long total = 0;
            for (Map.Entry<String, String> pair : chosen.entrySet()) {
                Proposal proposal = candidates.proposal(pair.getKey(), pair.getValue());
                total += proposal.score();
                staged.add(Pairing.staged(programmeId, proposal, input.warnings(proposal), null, viewer, now));
            }
            run.reached(RunProgress.Phase.STORE);
            List<Pairing> stored = pairings.replaceStaged(programmeId, staged, keep, viewer, now);
            List<String> unmatched = candidates.mentees.stream().filter(m -> !chosen.containsKey(m)).toList();
            return new RunResult(views.views(stored.stream().map(p -> new PairingAccess(p, viewer, true)).toList()),
                    unmatched, chosen.size(), total, views.names(unmatched));
        }));
    }

    private MatchingInput input(Programme programme) {
        List<Participant> approved = participants.findByProgrammeAndState(programme.id(),
                ParticipantState.APPROVED);
        Map<Integer, String> names = new HashMap<>();
        for (LearningTheme theme : themes.findAvailableTo(programme.id())) {
            names.put(theme.id(), theme.name());
        }
        return new MatchingInput(new MatchingEngine(), programme, settings.findOrDefaults(programme.id()), approved,
                names, orgChart.whole());
    }

    /** The pairs the rankings and the rules allow, each side's acceptable people in their order. */
    private final class Candidates {

        private final Map<String, SpeedRanking> ranked;
        private final List<String> mentees = new ArrayList<>();
        private final Map<String, Integer> places = new LinkedHashMap<>();
        private final Map<String, List<String>> menteeLists = new LinkedHashMap<>();
        private final Map<String, List<String>> mentorLists = new LinkedHashMap<>();

        Candidates(MatchingInput input, Map<String, SpeedRanking> ranked, List<Pairing> holding) {
            this.ranked = ranked;
            Set<String> busy = new HashSet<>();
            Map<String, Integer> held = new HashMap<>();
            for (Pairing pairing : holding) {
                busy.add(pairing.menteeKey());
                held.merge(pairing.mentorKey(), 1, Integer::sum);
            }
            for (String key : new TreeSet<>(ranked.keySet())) {
                if (input.isMentee(key) && !busy.contains(key)) {
                    mentees.add(key);
                }
                if (input.isMentor(key)) {
                    int left = input.mentor(key).capacity() - held.getOrDefault(key, 0);
                    if (left > 0) {
                        places.put(key, left);
                    }
                }
            }
            for (String mentee : mentees) {
                List<String> allowed = new ArrayList<>();
                for (String mentor : ranked.get(mentee).acceptable()) {
                    if (!mentor.equals(mentee) && places.containsKey(mentor)
                            && ranked.get(mentor).acceptable().contains(mentee)
                            && input.check(mentee, mentor).isEmpty()) {
                        allowed.add(mentor);
                    }
                }
                menteeLists.put(mentee, allowed);
            }
            for (String mentor : places.keySet()) {
                mentorLists.put(mentor, ranked.get(mentor).acceptable().stream()
                        .filter(mentee -> menteeLists.getOrDefault(mentee, List.of()).contains(mentor)).toList());
            }
        }

        /** Mentee to mentor, by mentee-proposing deferred acceptance. */
        Map<String, String> stable() {
            Map<String, String> chosen = new LinkedHashMap<>();
            for (StablePair pair : StableMatcher.match(menteeLists, mentorLists, places)) {
                chosen.put(pair.menteeKey(), pair.mentorKey());
            }
            return chosen;
        }

        /** Mentee to mentor, by the best total of the ranking scores under the programme's objective. */
        Map<String, String> fit(MatchingInput input) {
            List<String> mentors = new ArrayList<>(places.keySet());
            Map<String, Integer> index = new HashMap<>();
            int[] capacity = new int[mentors.size()];
            for (int j = 0; j < mentors.size(); j++) {
                index.put(mentors.get(j), j);
                capacity[j] = places.get(mentors.get(j));
            }
            int[] rowStart = new int[mentees.size() + 1];
            List<Integer> mentorOf = new ArrayList<>();
            List<Integer> scores = new ArrayList<>();
            for (int i = 0; i < mentees.size(); i++) {
                String mentee = mentees.get(i);
                for (String mentor : menteeLists.get(mentee)) {
                    mentorOf.add(index.get(mentor));
                    scores.add(score(mentee, mentor));
                }
                rowStart[i + 1] = mentorOf.size();
            }
            ScoreGraph graph = ScoreGraph.of(mentees.size(), capacity, rowStart,
                    mentorOf.stream().mapToInt(Integer::intValue).toArray(),
                    scores.stream().mapToInt(Integer::intValue).toArray());
            Assignment assignment = BMatchingSolver.solve(graph, input.rules().objective());
            Map<String, String> chosen = new LinkedHashMap<>();
            for (int i = 0; i < mentees.size(); i++) {
                int j = assignment.mentorOf(i);
                if (j >= 0) {
                    chosen.put(mentees.get(i), mentors.get(j));
                }
            }
            return chosen;
        }

        int score(String mentee, String mentor) {
            return points(ranked.get(mentee).rankOf(mentor)) + points(ranked.get(mentor).rankOf(mentee));
        }

        /** The staged pair, scored by the rankings and explained by where each put the other. */
        Proposal proposal(String mentee, String mentor) {
            int menteeRank = ranked.get(mentee).rankOf(mentor);
            int mentorRank = ranked.get(mentor).rankOf(mentee);
            String menteeName = name(mentee);
            String mentorName = name(mentor);
            Explanation.Part part = menteeRank == 1 && mentorRank == 1
                    ? Explanation.Part.of(EnglishExplanations.SPEED_BOTH_FIRST, menteeName, mentorName)
                    : Explanation.Part.of(EnglishExplanations.SPEED_RANKED, menteeName, mentorName, menteeRank,
                            mentorRank);
            return new Proposal(mentee, mentor, score(mentee, mentor),
                    new EnumMap<>(Criterion.class), new Explanation(List.of(part)));
        }
    }

    private String name(String key) {
        String name = users.displayName(key);
        return name == null ? key : name;
    }
}
