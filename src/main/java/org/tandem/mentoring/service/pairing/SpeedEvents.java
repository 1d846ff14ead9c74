package org.tandem.mentoring.service.pairing;

import static org.tandem.mentoring.service.pairing.PairingRefusals.FIELD;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SpeedEventRepository;

/**
 * A programme's speed-mentoring events, listed, added, changed and deleted by its coordinators only (everybody
 * else is refused as for the pairing board's other coordinator steps), while the programme is in enrolment or
 * matching. A change names the version it was made on; a stale one is a conflict.
 */
@Named
public class SpeedEvents {

    public static final String PLACE_MISSING = FIELD + "speed.place";
    public static final String START_MISSING = FIELD + "speed.start";
    public static final String RANGE = FIELD + "speed.range";
    public static final String NOT_APPROVED = FIELD + "speed.participant";
    public static final String NOT_FOUND = "tandem.pairing.error.speed.not-found";
    public static final String EVENT_PHASE = "tandem.pairing.error.speed.phase";

    static final Set<ProgrammePhase> OPEN = EnumSet.of(ProgrammePhase.ENROLMENT_OPEN,
            ProgrammePhase.MATCHING);

    private final PairingGate gate;
    private final SpeedEventRepository events;
    private final ParticipantRepository participants;
    private final Clock clock;

    @Inject
    public SpeedEvents(ProgrammeGate gate, ProgrammeRepository programmes, OrgChartRepository orgChart,
            PairingStore pairings, HostUsers users, ParticipantRepository participants,
            SpeedEventRepository events, HostClock hostClock) {
        this(gate, programmes, orgChart, pairings, users, participants, events, hostClock.clock());
    }

    SpeedEvents(ProgrammeGate gate, ProgrammeRepository programmes, OrgChartRepository orgChart,
            PairingStore pairings, HostUsers users, ParticipantRepository participants,
            SpeedEventRepository events, Clock clock) {
        this.gate = new PairingGate(gate, programmes, pairings, new PairingManagers(orgChart, users, pairings));
        this.events = events;
        this.participants = participants;
        this.clock = clock;
    }

    /** The programme's events, earliest first. */
    public List<SpeedEvent> list(int programmeId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            gate.coordinated(programmeId, viewer);
            return events.findByProgramme(programmeId);
        });
    }

    /** Adds an event to the programme; {@code event}'s id and version are ignored. */
    public SpeedEvent create(SpeedEvent event) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            open(gate.coordinated(event.programmeId(), viewer));
            return events.create(checked(event), viewer, clock.instant());
        });
    }

    /** Changes an event of the programme, if it is still at {@code event.version()}. */
    public SpeedEvent update(SpeedEvent event) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            open(gate.coordinated(event.programmeId(), viewer));
            existing(events, event.programmeId(), event.id());
            return events.update(checked(event), viewer, clock.instant());
        });
    }

    /** Deletes an event of the programme, if it is still at {@code version}. */
    public void delete(int programmeId, int eventId, int version) {
        String viewer = gate.signedIn();
        gate.inTransaction(() -> {
            open(gate.coordinated(programmeId, viewer));
            existing(events, programmeId, eventId);
            events.delete(eventId, version);
            return null;
        });
    }

    /** The event, if it belongs to the programme; otherwise "not found". */
    static SpeedEvent existing(SpeedEventRepository events, int programmeId, int eventId) {
        return events.findById(eventId).filter(found -> found.programmeId() == programmeId)
                .orElseThrow(() -> new Refusal.NotFound(NOT_FOUND, eventId));
    }

    private static void open(Programme programme) {
        if (!OPEN.contains(programme.phase())) {
            throw new Refusal.Conflict(EVENT_PHASE);
        }
    }

    /** The event with its place trimmed and its participants without repeats, or every field error at once. */
    private SpeedEvent checked(SpeedEvent event) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        String place = ProgrammeGate.trim(event.place());
        if (place == null) {
            errors.put("place", FieldError.of(PLACE_MISSING));
        } else if (place.length() > SpeedEvent.MAX_PLACE) {
            errors.put("place", FieldError.of(PairingRefusals.FIELD + "reason.long", SpeedEvent.MAX_PLACE));
        }
        if (event.startsAt() == null) {
            errors.put("startsAt", FieldError.of(START_MISSING));
        }
        range(errors, "minutesPerRound", event.minutesPerRound(), SpeedEvent.MAX_MINUTES);
        range(errors, "rounds", event.rounds(), SpeedEvent.MAX_ROUNDS);
        range(errors, "tables", event.tables(), SpeedEvent.MAX_TABLES);
        Set<String> chosen = new LinkedHashSet<>(event.participantKeys());
        if (!chosen.isEmpty()) {
            Set<String> approved = new LinkedHashSet<>();
            for (Participant participant : participants.findByProgrammeAndState(event.programmeId(),
                    ParticipantState.APPROVED)) {
                approved.add(participant.userKey());
            }
            List<String> strangers = new ArrayList<>(chosen);
            strangers.removeAll(approved);
            if (!strangers.isEmpty()) {
                errors.put("participants", FieldError.of(NOT_APPROVED, String.join(", ", strangers)));
            }
        }
        if (!errors.isEmpty()) {
            throw PairingRefusals.invalid(errors);
        }
        return new SpeedEvent(event.id(), event.programmeId(), event.startsAt(), place, event.minutesPerRound(),
                event.rounds(), event.tables(), List.copyOf(chosen), event.mentorsSeated(), event.version());
    }

    private static void range(Map<String, FieldError> errors, String field, int value, int max) {
        if (value < 1 || value > max) {
            errors.put(field, FieldError.of(RANGE, 1, max));
        }
    }
}
