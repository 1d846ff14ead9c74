package org.tandem.mentoring.service.dashboard;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tandem.mentoring.domain.dashboard.SmallGroups;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.learning.Learnings;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.DashboardRepository;
import org.tandem.mentoring.store.DashboardRepository.Count;
import org.tandem.mentoring.store.DashboardRepository.ProgrammeFigures;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The coordinators' dashboards: one programme in full for its coordinators, and every programme the viewer
 * coordinates side by side. Built from the store's aggregates ({@link DashboardRepository}: a fixed number of
 * statements) and the learnings service's shared counts by theme; small groups suppressed with the configured k.
 * Anybody else gets nothing: empty for the macros, "not found" over REST.
 */
@Named
public class ProgrammeDashboards {

    public static final String NOT_FOUND = "tandem.dashboard.error.not-found";

    /** One programme in the side-by-side view. */
    public record Summary(Programme programme, Integer applied, Integer approved, Integer activePairs,
            Integer matchRate, Integer dormant, Integer sessionsHeld, Integer rematchesNeeded) {
    }

    private final ProgrammeGate gate;
    private final ProgrammeRepository programmes;
    private final DashboardRepository figures;
    private final Learnings learnings;
    private final HostUsers users;
    private final HostSettings settings;
    private final Clock clock;

    @Inject
    public ProgrammeDashboards(ProgrammeGate gate, ProgrammeRepository programmes, DashboardRepository figures,
            Learnings learnings, HostUsers users, HostSettings settings, HostClock hostClock) {
        this(gate, programmes, figures, learnings, users, settings, hostClock.clock());
    }

    ProgrammeDashboards(ProgrammeGate gate, ProgrammeRepository programmes, DashboardRepository figures,
            Learnings learnings, HostUsers users, HostSettings settings, Clock clock) {
        this.gate = gate;
        this.programmes = programmes;
        this.figures = figures;
        this.learnings = learnings;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** The groups a dashboard may show: k from the administrators' setting, never below 5. */
    public SmallGroups smallGroups() {
        return SmallGroups.of(settings.dashboardSmallestGroup());
    }

    /** The dashboard of the programme of a space, for its coordinators; empty for anybody else. */
    public Optional<ProgrammeDashboard> forSpace(String spaceKey) {
        Optional<String> viewer = gate.viewer();
        if (viewer.isEmpty() || spaceKey == null) {
            return Optional.empty();
        }
        return gate.inSpace(spaceKey, viewer.get()).filter(p -> gate.coordinates(viewer.get(), p))
                .map(this::build);
    }

    /** The dashboard of a programme the viewer coordinates; "not found" otherwise. */
    public ProgrammeDashboard forProgramme(int programmeId) {
        String viewer = gate.signedIn(NOT_FOUND);
        Programme programme = programmes.findById(programmeId).filter(p -> gate.coordinates(viewer, p))
                .orElseThrow(() -> new Refusal.NotFound(NOT_FOUND));
        return build(programme);
    }

    /** Every programme the viewer coordinates, side by side (the coordinator group's members: all of them). */
    public List<Summary> acrossProgrammes() {
        Optional<String> viewer = gate.viewer();
        if (viewer.isEmpty()) {
            return List.of();
        }
        List<Programme> coordinated = programmes.findAll().stream()
                .filter(p -> gate.coordinates(viewer.get(), p)).sorted(Comparator.comparing(Programme::name))
                .toList();
        if (coordinated.isEmpty()) {
            return List.of();
        }
        SmallGroups k = smallGroups();
        Instant now = clock.instant();
        ProgrammeFigures all = gate.inTransaction(() -> figures.programmeFigures(null, now.toEpochMilli()));
        List<Summary> rows = new ArrayList<>();
        for (Programme programme : coordinated) {
            ProgrammeFigures own = only(all, programme.id());
            int applied = sum(own.participants(), null, null);
            int approved = sum(own.participants(), null, "APPROVED");
            int approvedMentees = sum(own.participants(), "MENTEE", "APPROVED");
            int active = pairs(own.pairings(), "ACTIVE", "");
            int activeMentees = pairs(own.pairings(), "ACTIVE", "MENTEE");
            List<Rhythm> rhythms = rhythms(own, programme, now);
            int dormant = (int) rhythms.stream().filter(Rhythm::dormant).count();
            int held = rhythms.stream().mapToInt(Rhythm::held).sum();
            int rematches = own.engagement().stream().mapToInt(DashboardRepository.Engagement::rematchesNeeded).sum();
            rows.add(new Summary(programme, k.shown(applied), k.shown(approved), k.shown(active),
                    k.percent(activeMentees, approvedMentees), k.shown(dormant), k.shown(held), k.shown(rematches)));
        }
        return rows;
    }

    /**
     * Retention of the dashboard's programme at +3, +6 and +12 months after its start, from the org chart: one
     * statement (none for a programme without a start date).
     */
    public Retention retention(ProgrammeDashboard dashboard) {
        Programme programme = dashboard.programme();
        SmallGroups k = smallGroups();
        LocalDate start = programme.startDate();
        if (start == null) {
            return new Retention(k.k(), null, List.of(), List.of());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Retention.Horizon> horizons = Retention.MONTHS.stream().map(m -> new Retention.Horizon(m,
                start.plusMonths(m), !start.plusMonths(m).isAfter(today))).toList();
        long[] days = horizons.stream().mapToLong(h -> millis(h.day())).toArray();
        List<DashboardRepository.Retained> rows = gate.inTransaction(() -> figures.retention(programme.id(),
                millis(start), days));
        int[] people = new int[3];
        int[][] stayed = new int[3][days.length];
        List<String> order = List.of("ALL", "PARTICIPANT", "MENTEE");
        for (DashboardRepository.Retained row : rows) {
            int g = order.indexOf(row.group());
            people[g] = row.people();
            for (int i = 0; i < days.length; i++) {
                stayed[g][i] = row.stayed().get(i);
            }
        }
        List<Retention.Group> groups = new ArrayList<>();
        // non-participants: everyone in the chart but the programme's participants
        for (int g = 0; g < 2; g++) {
            int whole = g == 0 ? people[2] : people[0] - people[1];
            List<Integer> shares = new ArrayList<>();
            for (int i = 0; i < horizons.size(); i++) {
                int part = g == 0 ? stayed[2][i] : stayed[0][i] - stayed[1][i];
                shares.add(horizons.get(i).reached() ? k.percent(part, whole) : null);
            }
            groups.add(new Retention.Group(g == 0 ? "MENTEES" : "NON_PARTICIPANTS", k.shown(whole), shares));
        }
        return new Retention(k.k(), start, horizons, groups);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private ProgrammeDashboard build(Programme programme) {
        SmallGroups k = smallGroups();
        Instant now = clock.instant();
        ProgrammeFigures own = gate.inTransaction(() -> figures.programmeFigures(programme.id(), now.toEpochMilli()));
        Map<Integer, String> names = gate.inTransaction(figures::themeNames);
        List<ProgrammeDashboard.Stage> funnel = new ArrayList<>();
        for (String stage : ProgrammeDashboard.STAGES) {
            funnel.add(new ProgrammeDashboard.Stage(stage, k.shown(stage(own, stage, "MENTEE")),
                    k.shown(stage(own, stage, "MENTOR"))));
        }
        int approvedMentees = sum(own.participants(), "MENTEE", "APPROVED");
        int matchedMentees = pairs(own.pairings(), "ACTIVE", "MENTEE");
        List<ProgrammeDashboard.DormantPair> dormant = new ArrayList<>();
        Map<Rhythm.Standing, Integer> standing = new EnumMap<>(Rhythm.Standing.class);
        for (Rhythm.Standing s : Rhythm.Standing.values()) {
            standing.put(s, 0);
        }
        for (DashboardRepository.Rhythm row : own.rhythms()) {
            Rhythm rhythm = rhythm(row, programme, now);
            standing.merge(rhythm.standing(), 1, Integer::sum);
            if (rhythm.dormant()) {
                dormant.add(new ProgrammeDashboard.DormantPair(row.pairingId(), users.displayName(row.menteeKey()),
                        users.displayName(row.mentorKey()), rhythm));
            }
        }
        dormant.sort(Comparator.comparing((ProgrammeDashboard.DormantPair d) -> d.rhythm().lastSession(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        List<ProgrammeDashboard.StandingCount> rhythm = standing.entrySet().stream()
                .map(e -> new ProgrammeDashboard.StandingCount(e.getKey(), k.shown(e.getValue()))).toList();
        DashboardRepository.Engagement e = own.engagement().isEmpty()
                ? new DashboardRepository.Engagement(programme.id(), 0, 0, 0, 0, 0, 0) : own.engagement().get(0);
        return new ProgrammeDashboard(programme, k.k(), funnel, k.percent(matchedMentees, approvedMentees),
                k.shown(matchedMentees), k.shown(approvedMentees), rhythm, own.rhythms().size(), dormant,
                themes(own, names, programme.id(), k),
                new ProgrammeDashboard.Engagement(k.shown(e.expectationsHeld()), k.shown(e.managersWhoHeld()),
                        k.shown(e.feedbackGiven()), k.shown(e.managersWhoGaveFeedback()),
                        k.shown(e.sharedLearnings())),
                k.shown(e.rematchesNeeded()));
    }

    /** Themes asked for and offered (people), and shared learnings from the learnings service's counts. */
    private List<ProgrammeDashboard.ThemeRow> themes(ProgrammeFigures own, Map<Integer, String> names,
            int programmeId, SmallGroups k) {
        Map<String, int[]> byName = new TreeMap<>();
        for (DashboardRepository.ThemeCount count : own.themes()) {
            String name = names.getOrDefault(count.themeId(), "#" + count.themeId());
            byName.computeIfAbsent(name, n -> new int[2])["MENTEE".equals(count.role()) ? 0 : 1] += count.people();
        }
        Map<String, Integer> shared = learnings.sharedCountsByTheme(programmeId);
        shared.keySet().forEach(name -> byName.computeIfAbsent(name, n -> new int[2]));
        List<ProgrammeDashboard.ThemeRow> rows = new ArrayList<>();
        byName.forEach((name, counts) -> rows.add(new ProgrammeDashboard.ThemeRow(name, k.shown(counts[0]),
                k.shown(counts[1]), shared.containsKey(name) ? k.shown(shared.get(name)) : null)));
        rows.sort(Comparator.comparing((ProgrammeDashboard.ThemeRow r) -> r.asked() == null ? 0 : -r.asked())
                .thenComparing(ProgrammeDashboard.ThemeRow::theme));
        return rows;
    }

    /** People of a role at or past a funnel stage. */
    private static int stage(ProgrammeFigures own, String stage, String role) {
        return switch (stage) {
            case "applied" -> sum(own.participants(), role, null);
            case "manager-approved" -> sum(own.participants(), role, "AWAITING_COORDINATOR")
                    + sum(own.participants(), role, "APPROVED");
            case "approved" -> sum(own.participants(), role, "APPROVED");
            case "matched" -> pairs(own.pairings(), "PROPOSED", role) + pairs(own.pairings(), "ACTIVE", role)
                    + pairs(own.pairings(), "ENDED", role);
            case "active" -> pairs(own.pairings(), "ACTIVE", role);
            case "ended" -> pairs(own.pairings(), "ENDED", role);
            default -> 0;
        };
    }

    private static int sum(List<Count> counts, String role, String state) {
        return counts.stream().filter(c -> role == null || role.equals(c.first()))
                .filter(c -> state == null || state.equals(c.second())).mapToInt(Count::count).sum();
    }

    private static int pairs(List<Count> counts, String state, String who) {
        return counts.stream().filter(c -> state.equals(c.first()) && who.equals(c.second()))
                .mapToInt(Count::count).sum();
    }

    private static List<Rhythm> rhythms(ProgrammeFigures own, Programme programme, Instant now) {
        return own.rhythms().stream().map(r -> rhythm(r, programme, now)).toList();
    }

    private static Rhythm rhythm(DashboardRepository.Rhythm row, Programme programme, Instant now) {
        return Rhythm.of(Rhythm.cadence(row.cadence(), programme.cadence()), row.sessions(), row.lastSessionAt(),
                row.activeSince(), now);
    }

    private static ProgrammeFigures only(ProgrammeFigures all, int id) {
        return new ProgrammeFigures(
                all.participants().stream().filter(c -> c.programmeId() == id).toList(),
                all.pairings().stream().filter(c -> c.programmeId() == id).toList(),
                all.rhythms().stream().filter(c -> c.programmeId() == id).toList(),
                List.of(),
                all.engagement().stream().filter(c -> c.programmeId() == id).toList());
    }
}
