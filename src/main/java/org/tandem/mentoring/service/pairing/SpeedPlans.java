package org.tandem.mentoring.service.pairing;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.matching.MatchingRequest;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.matching.SpeedEventPlanner;
import org.tandem.mentoring.domain.matching.SpeedRound;
import org.tandem.mentoring.domain.matching.SpeedSchedule;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.SpacePageTitles;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SpeedEventRepository;

/**
 * Plans a speed-mentoring event with {@link SpeedEventPlanner}: its participants who are still approved and whose
 * account is not deactivated, the org chart above them (nobody meets anyone in their line of authority) and the
 * programme's hard rules; no pair meets twice and tables stay balanced. The plan is computed again on every read,
 * the same for the same input. Mentees stay seated only where no mentor ever has two of them at once (no more
 * mentees than mentors); the seated side must fit at the event's tables. For the programme's coordinators only.
 */
@Named
public class SpeedPlans {

    public static final String TOO_FEW_TABLES = "tandem.pairing.error.speed.tables";
    public static final String MENTEES_CANNOT_SIT = "tandem.pairing.error.speed.mentees-seated";
    /** The title of the blueprint's page that holds the rankings after the events ({@code tandem-speed-ranking}). */
    public static final String RANKINGS_TITLE = "tandem.blueprint.page.speed-rankings";

    private final PairingGate gate;
    private final ProgrammeGate programmeGate;
    private final ProgrammeRepository programmes;
    private final SpeedEventRepository events;
    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final OrgChartRepository orgChart;
    private final MatchingSettingsRepository settings;
    private final HostUsers users;
    private final PersonZones zones;
    private final SpacePageTitles pages;
    private final HostClock clock;

    @Inject
    public SpeedPlans(ProgrammeGate gate, ProgrammeRepository programmes, OrgChartRepository orgChart,
            PairingStore pairings, HostUsers users, ParticipantRepository participants,
            LearningThemeRepository themes, MatchingSettingsRepository settings, SpeedEventRepository events,
            SpacePageTitles pages, HostClock clock) {
        this.gate = new PairingGate(gate, programmes, pairings, new PairingManagers(orgChart, users, pairings));
        this.programmeGate = gate;
        this.programmes = programmes;
        this.events = events;
        this.participants = participants;
        this.themes = themes;
        this.orgChart = orgChart;
        this.settings = settings;
        this.users = users;
        this.zones = new PersonZones(users, orgChart);
        this.pages = pages;
        this.clock = clock;
    }

    /** The event's plan, round by round. */
    public SpeedPlan plan(int programmeId, int eventId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.coordinated(programmeId, viewer);
            return new Cohort(programme).plan(SpeedEvents.existing(events, programmeId, eventId));
        });
    }

    /** The event's plan, for a service of this package that has checked who is asking. */
    SpeedPlan planOf(Programme programme, SpeedEvent event) {
        return new Cohort(programme).plan(event);
    }

    /**
     * The host's run sheet of an event, found by its id alone (the run sheet's address names nothing else): its
     * programme's coordinators only, "not found" for anybody who cannot see the programme.
     */
    public SpeedPage.RunSheet runSheet(int eventId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            SpeedEvent event = events.findById(eventId)
                    .orElseThrow(() -> new Refusal.NotFound(SpeedEvents.NOT_FOUND, eventId));
            Programme programme = gate.coordinated(event.programmeId(), viewer);
            SpeedPage.Planned planned;
            try {
                planned = new SpeedPage.Planned(event, new Cohort(programme).plan(event), null);
            } catch (Refusal.Conflict e) {
                planned = new SpeedPage.Planned(event, null, e);
            }
            return new SpeedPage.RunSheet(programme.name(), planned, zones.of(viewer));
        });
    }

    /**
     * The viewer's own schedule at each event of the programme they take part in, earliest first: round by round
     * the table and whom they meet there (nobody: a break). An event whose seated side does not fit at its tables
     * has no rounds yet. Empty for everybody who takes part in none.
     */
    public List<SpeedSchedulePerson> mine(int programmeId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.visible(programmeId, viewer);
            List<SpeedEvent> all = events.findByProgramme(programmeId);
            if (all.isEmpty()) {
                return List.of();
            }
            return new Cohort(programme).mine(all, viewer);
        });
    }

    /**
     * The events of the programme in the space as the signed-in person may see them (see {@link SpeedPage}); empty
     * when there is no programme there, the space is not theirs to see, or nobody is signed in.
     */
    public Optional<SpeedPage> forSpace(String spaceKey) {
        Optional<String> viewer = programmeGate.viewer();
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        return gate.inTransaction(() -> programmeGate.inSpace(spaceKey, viewer.get()).map(programme -> {
            boolean coordinator = gate.coordinates(viewer.get(), programme);
            List<SpeedEvent> all = events.findByProgramme(programme.id());
            if (!coordinator && all.isEmpty()) {
                // no event to take part in and none to plan: the cohort, its org chart and the viewer's zone
                // (the page holds no time) would go unused
                return new SpeedPage(programme.id(), programme.name(), false,
                        SpeedEvents.OPEN.contains(programme.phase()), List.of(), List.of(), List.of(), null, null,
                        Set.of());
            }
            Cohort cohort = new Cohort(programme);
            List<SpeedPage.Planned> planned = new ArrayList<>();
            List<SpeedPlan.Person> approved = new ArrayList<>();
            if (coordinator) {
                for (SpeedEvent event : all) {
                    try {
                        planned.add(new SpeedPage.Planned(event, cohort.plan(event), null));
                    } catch (Refusal.Conflict e) {
                        planned.add(new SpeedPage.Planned(event, null, e));
                    }
                }
                approved.addAll(cohort.people());
            }
            Instant now = clock.now();
            Set<Integer> rankingOpen = all.stream().filter(event -> SpeedRankings.over(event, now))
                    .map(SpeedEvent::id).collect(Collectors.toSet());
            String rankingsLink = rankingOpen.isEmpty() ? null : rankingsLink(programme).orElse(null);
            return new SpeedPage(programme.id(), programme.name(), coordinator,
                    SpeedEvents.OPEN.contains(programme.phase()), planned, approved, cohort.mine(all, viewer.get()),
                    zones.of(viewer.get()), rankingsLink, rankingOpen);
        }));
    }

    /** The context-relative address of the programme space's rankings page; empty when the space has none. */
    Optional<String> rankingsLink(Programme programme) {
        return pages.find(programme.spaceKey(), RANKINGS_TITLE)
                .map(page -> "/pages/viewpage.action?pageId=" + page.id());
    }

    /** The programme's approved participants, their themes and the org chart above them, read once. */
    private final class Cohort {

        private final Programme programme;
        private final List<Participant> approved;
        private final Map<Integer, String> themeNames = new HashMap<>();
        private final OrgChart chart;
        private final MatchingSettings matching;

        Cohort(Programme programme) {
            this.programme = programme;
            this.approved = participants.findByProgrammeAndState(programme.id(), ParticipantState.APPROVED).stream()
                    .filter(p -> !users.isDeactivated(p.userKey())).toList();
            for (LearningTheme theme : themes.findAvailableTo(programme.id())) {
                themeNames.put(theme.id(), theme.name());
            }
            this.chart = orgChart.snapshot(approved.stream().map(Participant::userKey).toList());
            this.matching = settings.findOrDefaults(programme.id());
        }

        /** The approved participants with their names, sides and departments, by name. */
        List<SpeedPlan.Person> people() {
            return approved.stream().map(p -> {
                OrgPerson found = chart.person(p.userKey());
                return new SpeedPlan.Person(p.userKey(), Objects.requireNonNullElse(users.displayName(p.userKey()),
                        p.userKey()), p.role() == ParticipantRole.MENTOR, found == null ? null : found.department());
            }).sorted(java.util.Comparator.comparing(SpeedPlan.Person::name)).toList();
        }

        /** The person's schedule at each of the events they take part in; none unless they are approved. */
        List<SpeedSchedulePerson> mine(List<SpeedEvent> all, String key) {
            List<SpeedSchedulePerson> mine = new ArrayList<>();
            if (approvedKeys().contains(key)) {
                for (SpeedEvent event : all) {
                    if (event.allApproved() || event.participantKeys().contains(key)) {
                        mine.add(new SpeedSchedulePerson(event, slots(event, key)));
                    }
                }
            }
            return mine;
        }

        Set<String> approvedKeys() {
            return approved.stream().map(Participant::userKey).collect(Collectors.toSet());
        }

        private MatchingRequest request(SpeedEvent event) {
            Set<String> chosen = Set.copyOf(event.participantKeys());
            List<Participant> taking = approved.stream()
                    .filter(p -> event.allApproved() || chosen.contains(p.userKey())).toList();
            MatchingInput input = new MatchingInput(new MatchingEngine(), programme,
                    matching, taking, themeNames, chart);
            Map<String, Integer> onePlace = new LinkedHashMap<>();
            input.mentors().stream().map(Participant::userKey).sorted().forEach(key -> onePlace.put(key, 1));
            return input.request(input.mentees().stream().map(Participant::userKey).sorted().toList(), onePlace);
        }

        /** The person's rounds at the event, none while its seated side does not fit at its tables. */
        List<SpeedSchedulePerson.Slot> slots(SpeedEvent event, String key) {
            try {
                return SpeedSchedulePerson.slots(plan(event), key);
            } catch (Refusal.Conflict e) {
                return List.of();
            }
        }

        SpeedPlan plan(SpeedEvent event) {
            MatchingRequest request = request(event);
            int seated = event.mentorsSeated() ? request.mentors().size() : request.mentees().size();
            if (!event.mentorsSeated() && request.mentees().size() > request.mentors().size()) {
                throw new Refusal.Conflict(MENTEES_CANNOT_SIT, request.mentees().size(), request.mentors().size());
            }
            if (seated > event.tables()) {
                throw new Refusal.Conflict(TOO_FEW_TABLES, event.tables(), seated);
            }
            SpeedSchedule schedule = SpeedEventPlanner.plan(request.mentees(), request.mentors(), request.orgChart(),
                    request.rules(), event.rounds());
            Set<String> mentorKeys = request.mentors().stream().map(m -> m.key()).collect(Collectors.toSet());
            Map<String, SpeedPlan.Person> people = new HashMap<>();
            Function<String, SpeedPlan.Person> person = key -> people.computeIfAbsent(key, k -> {
                OrgPerson found = chart.person(k);
                return new SpeedPlan.Person(k, Objects.requireNonNullElse(users.displayName(k), k),
                        mentorKeys.contains(k), found == null ? null : found.department());
            });
            return new SpeedPlan(event.id(), event.mentorsSeated(), rounds(schedule, event.mentorsSeated(),
                    request.mentees().stream().map(m -> m.key()).toList(), person));
        }
    }

    private static List<SpeedPlan.Round> rounds(SpeedSchedule schedule, boolean mentorsSeated,
            List<String> menteeKeys, Function<String, SpeedPlan.Person> person) {
        List<SpeedPlan.Round> rounds = new ArrayList<>();
        for (SpeedRound round : schedule.rounds()) {
            List<SpeedPlan.Table> tables = new ArrayList<>();
            List<SpeedPlan.Person> out = new ArrayList<>();
            round.sittingOut().forEach(key -> out.add(person.apply(key)));
            if (mentorsSeated) {
                round.tables().forEach((mentor, mentees) -> tables.add(new SpeedPlan.Table(tables.size() + 1,
                        person.apply(mentor), mentees.stream().map(key -> person.apply(key)).toList())));
            } else {
                Map<String, String> mentorOf = new HashMap<>();
                round.tables().forEach((mentor, mentees) -> {
                    mentees.forEach(mentee -> mentorOf.put(mentee, mentor));
                    if (mentees.isEmpty()) {
                        out.add(person.apply(mentor));
                    }
                });
                for (String mentee : menteeKeys) {
                    String mentor = mentorOf.get(mentee);
                    tables.add(new SpeedPlan.Table(tables.size() + 1, person.apply(mentee),
                            mentor == null ? List.of() : List.of(person.apply(mentor))));
                }
            }
            rounds.add(new SpeedPlan.Round(rounds.size() + 1, tables, out));
        }
        return rounds;
    }
}
