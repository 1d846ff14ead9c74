package org.tandem.mentoring.service.nudges;

import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostSpaceMembers;
import org.tandem.mentoring.service.jobs.DailyWork;
import org.tandem.mentoring.service.jobs.JobCounts;
import org.tandem.mentoring.service.jobs.Outbox;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.service.waiting.Reminders;
import org.tandem.mentoring.service.waiting.WaitingLinks;
import org.tandem.mentoring.store.DashboardRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * The coordinators' weekly digest, on Mondays: per programme they coordinate, the applications waiting for a
 * coordinator, the rematches its pairs asked for, the pairs quiet for more than three times their cadence, and the
 * start or end date the programme reached in the past week. Counts and titles only. The coordinators are the
 * space's administrators and the members of the coordinator group.
 */
@Named
public class CoordinatorDigest implements DailyWork {

    public static final String JOB = "tandem-digest";

    private final ProgrammeRepository programmes;
    private final WaitingRepository rows;
    private final DashboardRepository figures;
    private final QuietPairs quiet;
    private final Coordinators coordinators;
    private final HostSpaceMembers members;
    private final HostSettings settings;
    private final WaitingLinks links;
    private final Outbox outbox;

    public CoordinatorDigest(ProgrammeRepository programmes, WaitingRepository rows, DashboardRepository figures,
            QuietPairs quiet, Coordinators coordinators, HostSpaceMembers members, HostSettings settings,
            WaitingLinks links, Outbox outbox) {
        this.programmes = programmes;
        this.rows = rows;
        this.figures = figures;
        this.quiet = quiet;
        this.coordinators = coordinators;
        this.members = members;
        this.settings = settings;
        this.links = links;
        this.outbox = outbox;
    }

    @Override
    public String job() {
        return JOB;
    }

    @Override
    public JobCounts run(LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            return new JobCounts().add("not-monday", 1);
        }
        Map<Integer, Programme> byId = programmes.findAll().stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
        Map<Integer, Integer> applications = new LinkedHashMap<>();
        rows.applications("AWAITING_COORDINATOR", null).forEach(a -> applications.merge(a.programmeId(), 1,
                Integer::sum));
        Map<Integer, Integer> rematches = new LinkedHashMap<>();
        figures.programmeFigures(null, day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                .toEpochMilli()).engagement().forEach(e -> rematches.put(e.programmeId(), e.rematchesNeeded()));
        Map<Integer, Integer> dormant = new LinkedHashMap<>();
        quiet.at(day, byId).stream().filter(QuietPairs.Quiet::forCoordinators)
                .forEach(q -> dormant.merge(q.programmeId(), 1, Integer::sum));
        Set<String> group = settings.coordinatorGroup().map(members::groupMembers).orElse(Set.of());

        Map<String, List<Outbox.Line>> byPerson = new LinkedHashMap<>();
        JobCounts counts = new JobCounts();
        for (Programme programme : byId.values()) {
            List<Outbox.Line> lines = lines(programme, day, applications.getOrDefault(programme.id(), 0),
                    rematches.getOrDefault(programme.id(), 0), dormant.getOrDefault(programme.id(), 0));
            if (lines.isEmpty()) {
                continue;
            }
            counts.add("programmes", 1);
            Set<String> recipients = new TreeSet<>(group);
            members.withPermissions(programme.spaceKey()).stream()
                    .filter(key -> coordinators.coordinates(key, programme)).forEach(recipients::add);
            recipients.forEach(key -> byPerson.computeIfAbsent(key, k -> new ArrayList<>()).addAll(lines));
        }
        return counts.add(Reminders.sendAll(outbox, JOB, day, byPerson, "tandem.mail.digest.subject",
                "tandem.mail.digest.intro"));
    }

    private List<Outbox.Line> lines(Programme programme, LocalDate day, int applications, int rematches,
            int dormant) {
        String key = "digest:" + programme.id() + ":" + day + ":";
        List<Outbox.Line> lines = new ArrayList<>();
        if (applications > 0) {
            lines.add(line(key + "applications", true, "tandem.digest.applications", applications, programme,
                    links.enrol(programme)));
        }
        if (rematches > 0) {
            lines.add(line(key + "rematches", true, "tandem.digest.rematches", rematches, programme,
                    links.pairings(programme)));
        }
        if (dormant > 0) {
            lines.add(line(key + "dormant", false, "tandem.digest.dormant", dormant, programme,
                    links.dashboards(programme)));
        }
        LocalDate weekAgo = day.minusDays(7);
        if (programme.startDate() != null && programme.startDate().isAfter(weekAgo)
                && !programme.startDate().isAfter(day)) {
            lines.add(new Outbox.Line(key + "started", false, "tandem.digest.started",
                    List.<Serializable>of(programme.name(), programme.startDate()), links.home(programme)));
        }
        LocalDate end = programme.startDate() == null ? null : programme.endDate();
        if (end != null && end.isAfter(weekAgo) && !end.isAfter(day)) {
            lines.add(new Outbox.Line(key + "ended", false, "tandem.digest.ended",
                    List.<Serializable>of(programme.name(), end), links.home(programme)));
        }
        return lines;
    }

    private static Outbox.Line line(String key, boolean decision, String textKey, int count, Programme programme,
            String link) {
        return new Outbox.Line(key, decision, textKey, List.<Serializable>of(count, programme.name()), link);
    }
}
