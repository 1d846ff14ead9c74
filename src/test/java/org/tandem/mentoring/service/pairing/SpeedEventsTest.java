package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.SpeedEventRepository;
import org.tandem.mentoring.store.StaleVersionException;

/** A programme's speed-mentoring events: its coordinators only, in enrolment or matching, validated, versioned. */
public class SpeedEventsTest extends PairingServicesFixture {

    private static final Instant START = Instant.parse("2027-01-14T15:00:00Z");

    private final SpeedEventRepository store = mock(SpeedEventRepository.class);
    private final Map<Integer, SpeedEvent> stored = new LinkedHashMap<>();
    private final SpeedEvents service = new SpeedEvents(
            new ProgrammeGate(programmes, users, spaces, coordinators, transactions), programmes, orgChart, pairings,
            users, participants, store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Before
    public void setUpStore() {
        when(store.create(any(), anyString(), any())).thenAnswer(call -> {
            SpeedEvent event = call.getArgument(0);
            SpeedEvent saved = copy(event, stored.size() + 1, 1);
            stored.put(saved.id(), saved);
            return saved;
        });
        when(store.update(any(), anyString(), any())).thenAnswer(call -> {
            SpeedEvent event = call.getArgument(0);
            if (stored.get(event.id()).version() != event.version()) {
                throw new StaleVersionException("speedEvent", event.id(), event.version());
            }
            SpeedEvent saved = copy(event, event.id(), event.version() + 1);
            stored.put(saved.id(), saved);
            return saved;
        });
        when(store.findById(anyInt())).thenAnswer(call -> Optional.ofNullable(stored.get(call.<Integer>getArgument(0))));
        when(store.findByProgramme(7)).thenAnswer(call -> List.copyOf(stored.values()));
        doAnswer(call -> {
            int id = call.getArgument(0);
            if (stored.get(id).version() != call.<Integer>getArgument(1)) {
                throw new StaleVersionException("speedEvent", id, call.getArgument(1));
            }
            stored.remove(id);
            return null;
        }).when(store).delete(anyInt(), anyInt());
    }

    private static SpeedEvent copy(SpeedEvent event, int id, int version) {
        return new SpeedEvent(id, event.programmeId(), event.startsAt(), event.place(), event.minutesPerRound(),
                event.rounds(), event.tables(), event.participantKeys(), event.mentorsSeated(), version);
    }

    private static SpeedEvent event(int id, String place, List<String> keys, int version) {
        return new SpeedEvent(id, 7, START, place, 8, 6, 3, keys, true, version);
    }

    @Test
    public void create_shouldStoreTheEventForACoordinatorWithThePlaceTrimmedAndParticipantsOnce() {
        signIn(CAROL);

        SpeedEvent created = service.create(event(0, "  Room 4  ", List.of(MIA, OLGA, MIA), 0));

        assertEquals(1, created.version());
        assertEquals("Room 4", created.place());
        assertEquals(List.of(MIA, OLGA), created.participantKeys());
        verify(store).create(any(), eq(CAROL), eq(NOW));
        assertEquals(List.of(created), service.list(7));
    }

    @Test
    public void everyStep_shouldRefuseOthersThanTheCoordinators() {
        signIn(EVE);
        assertThrows(Refusal.Forbidden.class, () -> service.list(7));
        assertThrows(Refusal.Forbidden.class, () -> service.create(event(0, "Hall", List.of(), 0)));
        assertThrows(Refusal.Forbidden.class, () -> service.update(event(1, "Hall", List.of(), 1)));
        assertThrows(Refusal.Forbidden.class, () -> service.delete(7, 1, 1));
        signIn(MIA);
        assertThrows(Refusal.Forbidden.class, () -> service.create(event(0, "Hall", List.of(), 0)));
        signIn(STRANGER);
        assertThrows(Refusal.NotFound.class, () -> service.list(7));
        assertThrows(Refusal.NotFound.class, () -> service.create(event(0, "Hall", List.of(), 0)));
        assertThrows(Refusal.NotFound.class, () -> service.delete(7, 1, 1));
        verifyNoInteractions(store);
    }

    @Test
    public void create_shouldNameEveryFaultyFieldAndStoreNothing() {
        signIn(CAROL);

        Refusal.Invalid invalid = assertThrows(Refusal.Invalid.class, () -> service.create(new SpeedEvent(0, 7, null,
                " ", 0, SpeedEvent.MAX_ROUNDS + 1, -2, List.of(MIA, STRANGER), true, 0)));

        assertEquals(List.of("place", "startsAt", "minutesPerRound", "rounds", "tables", "participants"),
                List.copyOf(invalid.fieldErrors().keySet()));
        assertEquals(SpeedEvents.NOT_APPROVED, invalid.fieldErrors().get("participants").key());
        assertEquals(List.of(STRANGER), invalid.fieldErrors().get("participants").args());
        assertEquals(SpeedEvents.RANGE, invalid.fieldErrors().get("rounds").key());
        assertEquals(0, stored.size());
    }

    @Test
    public void update_shouldChangeTheEventAndRefuseAStaleVersion() {
        signIn(CAROL);
        SpeedEvent created = service.create(event(0, "Hall", List.of(), 0));

        SpeedEvent changed = service.update(event(created.id(), "https://meet.example/x", List.of(NOAH, PETE), 1));

        assertEquals(2, changed.version());
        assertEquals(List.of(NOAH, PETE), changed.participantKeys());
        assertThrows(Refusal.Conflict.class, () -> service.update(event(created.id(), "Hall", List.of(), 1)));
        assertThrows(Refusal.Conflict.class, () -> service.delete(7, created.id(), 1));
        assertEquals(changed, stored.get(created.id()));
        service.delete(7, created.id(), 2);
        assertEquals(0, stored.size());
    }

    @Test
    public void update_shouldNotFindAnEventOfAnotherProgrammeOrNone() {
        signIn(CAROL);
        stored.put(5, new SpeedEvent(5, 8, START, "Elsewhere", 8, 6, 3, List.of(), true, 1));

        assertThrows(Refusal.NotFound.class, () -> service.update(event(5, "Hall", List.of(), 1)));
        assertThrows(Refusal.NotFound.class, () -> service.delete(7, 5, 1));
        assertThrows(Refusal.NotFound.class, () -> service.delete(7, 99, 1));
        assertEquals("Elsewhere", stored.get(5).place());
    }

    @Test
    public void changes_shouldBeRefusedOutsideEnrolmentAndMatching() {
        signIn(CAROL);
        programme = programme(ProgrammePhase.ENROLMENT_OPEN, ProgrammeType.ONE_TO_ONE, false);
        SpeedEvent created = service.create(event(0, "Hall", List.of(), 0));
        programme = programme(ProgrammePhase.RUNNING, ProgrammeType.ONE_TO_ONE, false);

        assertThrows(Refusal.Conflict.class, () -> service.create(event(0, "Hall", List.of(), 0)));
        assertThrows(Refusal.Conflict.class, () -> service.update(event(created.id(), "Hall 2", List.of(), 1)));
        assertThrows(Refusal.Conflict.class, () -> service.delete(7, created.id(), 1));
        assertEquals(List.of(created), service.list(7));
    }
}
