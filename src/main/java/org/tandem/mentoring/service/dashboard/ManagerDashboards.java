package org.tandem.mentoring.service.dashboard;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.DashboardRepository;
import org.tandem.mentoring.store.DashboardRepository.BelowPairing;
import org.tandem.mentoring.store.DashboardRepository.ManagerFigures;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * A manager's dashboard: the signed-in person's direct reports (or, asked for, everyone below them in the org
 * chart), each with their programmes, role, application state, pairing, rhythm against the cadence and last
 * session date, the expectations meeting, and the learnings shared with the viewer by theme; and what waits for
 * the viewer. Never content, never anyone not below the viewer. Learnings and the to-do list concern only direct
 * reports: a learning is shared with the mentee's own manager, and only that manager decides and acknowledges.
 *
 * <p>{@code ManagerMentoring} answers the same question for one report at a time (reading each pairing, its
 * meeting and its learnings in turn); this view reads everything in four statements instead
 * ({@link DashboardRepository#belowManager}) and links to that page for recording meetings and feedback.
 */
@Named
public class ManagerDashboards {

    /** One programme of one person below the viewer. */
    public record Involvement(Programme programme, String role, String applicationState, Integer pairingId,
            String pairingState, List<String> partners, Boolean expectationsHeld, Rhythm rhythm,
            Map<String, Integer> sharedByTheme) {
    }

    /** One person below the viewer. */
    public record Person(String userKey, String name, int depth, String managerName, List<Involvement> programmes) {
    }

    /** Something that waits for the viewer, about a direct report. */
    public record Waiting(String kind, String person, String programme, int count) {
    }

    /** The dashboard; {@code everyone}: the whole part of the org chart below the viewer. */
    public record ManagerDashboard(boolean everyone, List<Person> people, List<Waiting> waiting) {
    }

    private final ProgrammeGate gate;
    private final ProgrammeRepository programmes;
    private final DashboardRepository figures;
    private final HostUsers users;
    private final Clock clock;

    @Inject
    public ManagerDashboards(ProgrammeGate gate, ProgrammeRepository programmes, DashboardRepository figures,
            HostUsers users, HostClock hostClock) {
        this(gate, programmes, figures, users, hostClock.clock());
    }

    ManagerDashboards(ProgrammeGate gate, ProgrammeRepository programmes, DashboardRepository figures,
            HostUsers users, Clock clock) {
        this.gate = gate;
        this.programmes = programmes;
        this.figures = figures;
        this.users = users;
        this.clock = clock;
    }

    /** The viewer's dashboard; empty (no people) for anybody with nobody below them or not signed in. */
    public ManagerDashboard forViewer(boolean everyone) {
        Optional<String> signedIn = gate.viewer();
        if (signedIn.isEmpty()) {
            return new ManagerDashboard(everyone, List.of(), List.of());
        }
        String viewer = signedIn.get();
        Instant now = clock.instant();
        ManagerFigures found = gate.inTransaction(() -> figures.belowManager(viewer, everyone, now.toEpochMilli()));
        if (found.people().isEmpty()) {
            return new ManagerDashboard(everyone, List.of(), List.of());
        }
        Map<Integer, Programme> byId = gate.inTransaction(programmes::findAll).stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
        Map<Integer, String> themes = gate.inTransaction(figures::themeNames);
        Map<Integer, Map<String, Integer>> shared = new TreeMap<>();
        Map<Integer, Integer> awaitingFeedback = new TreeMap<>();
        for (DashboardRepository.SharedCount count : found.shared()) {
            shared.computeIfAbsent(count.pairingId(), id -> new TreeMap<>())
                    .merge(themes.getOrDefault(count.themeId(), "#" + count.themeId()), count.shared(), Integer::sum);
            awaitingFeedback.merge(count.pairingId(), count.awaitingFeedback(), Integer::sum);
        }
        Map<String, List<DashboardRepository.Enrolment>> enrolmentsOf = found.enrolments().stream()
                .collect(Collectors.groupingBy(DashboardRepository.Enrolment::userKey));
        Map<String, List<BelowPairing>> pairingsOf = new LinkedHashMap<>();
        for (BelowPairing pairing : found.pairings()) {
            pairingsOf.computeIfAbsent(pairing.programmeId() + ":MENTEE:" + pairing.menteeKey(), k -> new ArrayList<>())
                    .add(pairing);
            pairingsOf.computeIfAbsent(pairing.programmeId() + ":MENTOR:" + pairing.mentorKey(), k -> new ArrayList<>())
                    .add(pairing);
        }
        List<Waiting> waiting = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (DashboardRepository.Below below : found.people()) {
            String key = below.userKey();
            boolean direct = below.depth() == 1;
            String name = users.displayName(key);
            List<Involvement> involvements = new ArrayList<>();
            for (DashboardRepository.Enrolment enrolment : enrolmentsOf.getOrDefault(key, List.of())) {
                if (!byId.containsKey(enrolment.programmeId())) {
                    continue;
                }
                Programme programme = byId.get(enrolment.programmeId());
                boolean mentee = "MENTEE".equals(enrolment.role());
                if (direct && "AWAITING_MANAGER".equals(enrolment.state())) {
                    waiting.add(new Waiting("approval", name, programme.name(), 1));
                }
                List<BelowPairing> own = pairingsOf.getOrDefault(programme.id() + ":" + (mentee ? "MENTEE" : "MENTOR")
                        + ":" + key, List.of());
                if (own.isEmpty()) {
                    involvements.add(new Involvement(programme, enrolment.role(), enrolment.state(), null, null,
                            List.of(), null, null, Map.of()));
                }
                for (BelowPairing pairing : own) {
                    String partner = users.displayName(mentee ? pairing.mentorKey() : pairing.menteeKey());
                    Rhythm rhythm = "ACTIVE".equals(pairing.state()) ? Rhythm.of(Rhythm.cadence(pairing.cadence(),
                            programme.cadence()), pairing.sessions(), pairing.lastSessionAt(), pairing.activeSince(), now)
                            : null;
                    boolean ownReport = direct && mentee;
                    involvements.add(new Involvement(programme, enrolment.role(), enrolment.state(),
                            pairing.pairingId(), pairing.state(), List.of(partner),
                            mentee ? pairing.expectationsHeld() : null, rhythm,
                            ownReport ? shared.getOrDefault(pairing.pairingId(), Map.of()) : Map.of()));
                    if (ownReport) {
                        waitingOn(waiting, pairing, name, programme, awaitingFeedback);
                    }
                }
            }
            people.add(new Person(key, name, below.depth(), direct ? null : users.displayName(below.managerKey()),
                    involvements));
        }
        people.sort(Comparator.comparingInt(Person::depth).thenComparing(Person::name,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return new ManagerDashboard(everyone, people, waiting);
    }

    private static void waitingOn(List<Waiting> waiting, BelowPairing pairing, String name, Programme programme,
            Map<Integer, Integer> awaitingFeedback) {
        if ("PROPOSED".equals(pairing.state()) && "PENDING".equals(pairing.managerConsent())) {
            waiting.add(new Waiting("acknowledgement", name, programme.name(), 1));
        }
        if ("ACTIVE".equals(pairing.state()) && !pairing.expectationsHeld()) {
            waiting.add(new Waiting("expectations", name, programme.name(), 1));
        }
        int feedback = awaitingFeedback.getOrDefault(pairing.pairingId(), 0);
        if (feedback > 0) {
            waiting.add(new Waiting("feedback", name, programme.name(), feedback));
        }
    }
}
