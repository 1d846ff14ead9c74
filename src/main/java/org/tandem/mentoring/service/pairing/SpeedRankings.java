package org.tandem.mentoring.service.pairing;

import static org.tandem.mentoring.service.pairing.PairingRefusals.FIELD;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.matching.SpeedRanking;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.jobs.Outbox;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.service.waiting.WaitingLinks;
import org.tandem.mentoring.store.JobRunLog;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SpeedEventRepository;
import org.tandem.mentoring.store.SpeedRankingRepository;

/**
 * The rankings after a speed-mentoring event. Once the event is over, each person who met somebody there (by the
 * event's plan) ranks exactly the people they met, most wanted first, and may mark some "would not pair"; they see
 * and change only their own ranking. The coordinators see who has ranked (names and yes or no, never the order)
 * and can remind the rest by mail, once a day at most, with a link to the space's rankings page (the Pairings
 * page when it has none); the rankings themselves reach them only as the input of a run ({@link RankingRuns}). A person at the event who is not asked to rank is refused as forbidden; somebody
 * who cannot see the programme, as not found.
 */
@Named
public class SpeedRankings {

    public static final String JOB = "tandem-speed-ranking";
    public static final String NOT_MET = "tandem.pairing.error.speed.ranking-not-met";
    public static final String TOO_EARLY = "tandem.pairing.error.speed.ranking-early";
    public static final String PEOPLE = FIELD + "speed.ranking-people";

    private final ProgrammeGate programmeGate;
    private final PairingGate gate;
    private final SpeedEventRepository events;
    private final SpeedRankingRepository rankings;
    private final SpeedPlans plans;
    private final Outbox outbox;
    private final WaitingLinks links;
    private final HostClock clock;
    private final PersonZones zones;

    /** What a person sees of their ranking: the people they met, in their order, and whether they may rank now. */
    public record Mine(SpeedEvent event, List<SpeedPlan.Person> people, Set<String> notPaired, boolean saved,
            boolean open, int version) {
        public Mine {
            people = List.copyOf(people);
            notPaired = Set.copyOf(notPaired);
        }
    }

    /**
     * The rankings page of a programme: the events the viewer met somebody at, and, for its coordinators, every
     * event of the programme, with the context-relative address of its pairing board and the viewer's time zone
     * (see {@link PersonZones}).
     */
    public record Page(int programmeId, boolean coordinator, List<SpeedEvent> ranking, List<SpeedEvent> coordinated,
            String boardLink, ZoneId zone) {
        public Page {
            ranking = List.copyOf(ranking);
            coordinated = List.copyOf(coordinated);
        }
    }

    /** Whether one person at the event has ranked. */
    public record Status(String key, String name, boolean ranked) {
    }

    @Inject
    public SpeedRankings(ProgrammeGate gate, ProgrammeRepository programmes, OrgChartRepository orgChart,
            PairingStore pairings, HostUsers users, SpeedEventRepository events, SpeedRankingRepository rankings,
            SpeedPlans plans, Outbox outbox, WaitingLinks links, HostClock clock) {
        this.programmeGate = gate;
        this.gate = new PairingGate(gate, programmes, pairings, new PairingManagers(orgChart, users, pairings));
        this.events = events;
        this.rankings = rankings;
        this.plans = plans;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.zones = new PersonZones(users, orgChart);
    }

    /** The rankings page of the programme in the space, if there is one the viewer may see. */
    public Optional<Page> forSpace(String spaceKey) {
        Optional<String> signedIn = programmeGate.viewer();
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        String viewer = signedIn.get();
        return gate.inTransaction(() -> programmeGate.inSpace(spaceKey, viewer).map(programme -> {
            List<SpeedEvent> all = events.findByProgramme(programme.id());
            List<SpeedEvent> met = all.stream()
                    .filter(event -> !plannedOrNone(programme, event).met(viewer).isEmpty()).toList();
            boolean coordinator = gate.coordinates(viewer, programme);
            return new Page(programme.id(), coordinator, met, coordinator ? all : List.of(),
                    links.pairings(programme), zones.of(viewer));
        }));
    }

    /** The viewer's own ranking of the event: what they saved, else the people they met in meeting order. */
    public Mine mine(int programmeId, int eventId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.visible(programmeId, viewer);
            SpeedEvent event = SpeedEvents.existing(events, programmeId, eventId);
            List<SpeedPlan.Person> met = met(programme, event, viewer);
            Optional<SpeedRanking> saved = rankings.find(eventId, viewer);
            List<SpeedPlan.Person> ordered = new ArrayList<>(met);
            saved.ifPresent(ranking -> ordered.sort(Comparator.comparingInt(person -> {
                int rank = ranking.rankOf(person.key());
                return rank == 0 ? Integer.MAX_VALUE : rank;
            })));
            return new Mine(event, ordered, saved.map(SpeedRanking::notPaired).orElse(Set.of()), saved.isPresent(),
                    over(event), saved.map(SpeedRanking::version).orElse(0));
        });
    }

    /**
     * Saves the viewer's ranking: {@code ranked} holds each person they met exactly once, most wanted first, and
     * {@code notPaired} those among them they would not be paired with. Only once the event is over; a stale
     * {@code version} (0: the first ranking) is a conflict.
     */
    public Mine save(int programmeId, int eventId, List<String> ranked, Set<String> notPaired, int version) {
        String viewer = gate.signedIn();
        gate.inTransaction(() -> {
            Programme programme = gate.visible(programmeId, viewer);
            SpeedEvent event = SpeedEvents.existing(events, programmeId, eventId);
            List<SpeedPlan.Person> met = met(programme, event, viewer);
            if (!over(event)) {
                throw new Refusal.Conflict(TOO_EARLY);
            }
            Set<String> expected = new HashSet<>();
            met.forEach(person -> expected.add(person.key()));
            List<String> order = ranked == null ? List.of() : ranked;
            Set<String> marks = notPaired == null ? Set.of() : notPaired;
            if (order.size() != expected.size() || !expected.equals(new HashSet<>(order))
                    || !expected.containsAll(marks)) {
                throw PairingRefusals.invalid("ranked", PEOPLE);
            }
            return rankings.save(new SpeedRanking(eventId, viewer, order, marks, version), clock.now());
        });
        return mine(programmeId, eventId);
    }

    /** Who at the event has ranked and who has not, in the plan's order; the programme's coordinators only. */
    public List<Status> status(int programmeId, int eventId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.coordinated(programmeId, viewer);
            return status(programme, SpeedEvents.existing(events, programmeId, eventId));
        });
    }

    /**
     * Mails everybody at the event who has not ranked yet, in their language, at most once a day each; the
     * programme's coordinators only, once the event is over. Returns how many were mailed now.
     */
    public int remind(int programmeId, int eventId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.coordinated(programmeId, viewer);
            SpeedEvent event = SpeedEvents.existing(events, programmeId, eventId);
            if (!over(event)) {
                throw new Refusal.Conflict(TOO_EARLY);
            }
            List<String> rest = status(programme, event).stream().filter(s -> !s.ranked()).map(Status::key)
                    .toList();
            LocalDate day = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
            Map<String, JobRunLog.MailPreference> preferences = outbox.preferences(rest);
            Map<String, ZoneId> zoneOf = zones.of(rest);
            String link = plans.rankingsLink(programme).orElseGet(() -> links.pairings(programme));
            int sent = 0;
            for (String person : rest) {
                Outbox.Line line = new Outbox.Line("speed-ranking:" + eventId + ":" + day, true,
                        "tandem.mail.speed-ranking.line", List.<Serializable>of(programme.name(),
                                LocalDate.ofInstant(event.startsAt(), zoneOf.get(person))), link);
                Outbox.Letter letter = new Outbox.Letter(person, "tandem.mail.speed-ranking.subject",
                        List.of(programme.name()), "tandem.mail.speed-ranking.intro", List.of(line));
                if (outbox.send(JOB, day, letter, preferences.get(person)) == Outbox.Sent.SENT) {
                    sent++;
                }
            }
            return sent;
        });
    }

    private List<Status> status(Programme programme, SpeedEvent event) {
        Map<String, SpeedRanking> saved = rankings.findByEvent(event.id());
        List<Status> status = new ArrayList<>();
        for (SpeedPlan.Person person : plannedOrNone(programme, event).meeting()) {
            status.add(new Status(person.key(), person.name(), saved.containsKey(person.key())));
        }
        return status;
    }

    /** The people the viewer met at the event; forbidden for somebody who met nobody there. */
    private List<SpeedPlan.Person> met(Programme programme, SpeedEvent event, String viewer) {
        List<SpeedPlan.Person> met = plannedOrNone(programme, event).met(viewer);
        if (met.isEmpty()) {
            throw new Refusal.Forbidden(NOT_MET);
        }
        return met;
    }

    /** The event's plan; none while its seated side does not fit at its tables. */
    private SpeedPlan plannedOrNone(Programme programme, SpeedEvent event) {
        try {
            return plans.planOf(programme, event);
        } catch (Refusal.Conflict e) {
            return new SpeedPlan(event.id(), event.mentorsSeated(), List.of());
        }
    }

    /** True once the event's last round has ended. */
    private boolean over(SpeedEvent event) {
        return over(event, clock.now());
    }

    /** True once the event's last round has ended at {@code now}: its people may rank those they met. */
    static boolean over(SpeedEvent event, Instant now) {
        return !now.isBefore(event.roundStart(event.rounds() + 1));
    }
}
