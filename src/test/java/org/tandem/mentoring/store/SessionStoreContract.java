package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.session.ActionItem;
import org.tandem.mentoring.domain.session.PageAudit;
import org.tandem.mentoring.domain.session.PageChange;
import org.tandem.mentoring.domain.session.PairingHome;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.domain.session.SessionNote;

/**
 * What every {@link SessionStore} does: the Active Objects store (on H2 and PostgreSQL) and the in-memory one the
 * service tests use run these same tests. Each test works on a pairing id of its own.
 */
public abstract class SessionStoreContract {

    protected static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    protected static final Instant LATER = Instant.parse("2026-03-02T10:30:00Z");
    protected static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static int nextPairing = 7000;

    protected SessionStore sessions;
    protected int pairingId;

    protected abstract SessionStore newStore();

    @Before
    public void setUpStore() {
        sessions = newStore();
        pairingId = ++nextPairing + (int) (System.nanoTime() % 1000) * 10_000;
    }

    protected Session plan(Instant at) {
        return sessions.createSession(Session.planned(pairingId, at, BERLIN, 45, SessionFormat.VIDEO,
                List.of(3, 11), "mia", MONDAY));
    }

    @Test
    public void createSession_shouldRoundTripEveryField() {
        Session created = plan(MONDAY.plusSeconds(86_400));

        Session read = sessions.findSession(created.id()).orElseThrow();
        assertEquals(pairingId, read.pairingId());
        assertNull(read.pageId());
        assertEquals(MONDAY.plusSeconds(86_400), read.startsAt());
        assertEquals(BERLIN, read.zone());
        assertEquals(45, read.minutes());
        assertEquals(SessionFormat.VIDEO, read.format());
        assertEquals(List.of(3, 11), read.themeIds());
        assertEquals("mia", read.createdBy());
        assertEquals(MONDAY, read.createdAt());
        assertEquals(1, read.version());
    }

    @Test
    public void createSession_shouldRefuseALengthOutsideFiveMinutesToEightHours() {
        assertThrows(StoreValidationException.class, () -> sessions.createSession(Session.planned(pairingId, MONDAY,
                BERLIN, 3, SessionFormat.CALL, List.of(), "mia", MONDAY)));
        assertEquals(List.of(), sessions.findSessions(pairingId));
    }

    @Test
    public void findSessions_shouldListThePairingsSessionsEarliestFirst() {
        Session second = plan(MONDAY.plusSeconds(7 * 86_400));
        Session first = plan(MONDAY);
        sessions.createSession(Session.planned(pairingId + 1, MONDAY, BERLIN, 30, SessionFormat.CALL, List.of(),
                "zoe", MONDAY));

        assertEquals(List.of(first.id(), second.id()),
                sessions.findSessions(pairingId).stream().map(Session::id).collect(Collectors.toList()));
    }

    @Test
    public void bindSessionPage_shouldFindTheSessionByItsPage() {
        Session created = plan(MONDAY);

        Session bound = sessions.bindSessionPage(created.id(), 90_001L + pairingId);

        assertEquals(Long.valueOf(90_001L + pairingId), bound.pageId());
        assertEquals(created.id(), sessions.findSessionByPage(90_001L + pairingId).orElseThrow().id());
        assertTrue(sessions.findSessionByPage(-5L).isEmpty());
    }

    @Test
    public void updateSession_shouldChangeTheFactsOnceAndRefuseAStaleVersion() {
        Session created = plan(MONDAY);
        Session moved = created.withFacts(LATER, ZoneId.of("UTC"), 60, SessionFormat.IN_PERSON, List.of(5));

        Session updated = sessions.updateSession(moved);

        assertEquals(LATER, updated.startsAt());
        assertEquals(ZoneId.of("UTC"), updated.zone());
        assertEquals(60, updated.minutes());
        assertEquals(SessionFormat.IN_PERSON, updated.format());
        assertEquals(List.of(5), updated.themeIds());
        assertEquals(2, updated.version());
        assertThrows(StaleVersionException.class, () -> sessions.updateSession(moved));
    }

    @Test
    public void writeNote_shouldKeepOneNotePerAuthorAndOpenThemForReading() {
        Session session = plan(MONDAY);

        SessionNote mine = sessions.writeNote(session.id(), "mia", "I want to practise saying no.", MONDAY, 0);
        sessions.writeNote(session.id(), "olga", "Mia: delegation, next time role play.", MONDAY, 0);
        SessionNote again = sessions.writeNote(session.id(), "mia", "I want to practise saying no, kindly.", LATER,
                mine.version());

        List<SessionNote> notes = sessions.readNotes(session.id());
        assertEquals(2, notes.size());
        assertEquals("mia", notes.get(0).authorKey());
        assertEquals("I want to practise saying no, kindly.", notes.get(0).text());
        assertEquals(LATER, notes.get(0).updatedAt());
        assertEquals(2, again.version());
        assertEquals(2, notes.get(0).version());
        assertEquals("olga", notes.get(1).authorKey());
        assertEquals("Mia: delegation, next time role play.", notes.get(1).text());
    }

    @Test
    public void writeNote_shouldRefuseAStaleVersionAndASecondFirstWrite() {
        Session session = plan(MONDAY);
        sessions.writeNote(session.id(), "mia", "first", MONDAY, 0);
        sessions.writeNote(session.id(), "mia", "second", MONDAY, 1);

        assertThrows(StaleVersionException.class, () -> sessions.writeNote(session.id(), "mia", "lost", LATER, 1));
        assertThrows(StaleVersionException.class, () -> sessions.writeNote(session.id(), "mia", "lost", LATER, 0));
        assertEquals("second", sessions.readNotes(session.id()).get(0).text());
    }

    @Test
    public void writeNote_shouldRefuseAnUnknownSession() {
        assertThrows(RecordNotFoundException.class, () -> sessions.writeNote(-1, "mia", "x", MONDAY, 0));
    }

    @Test
    public void readNotes_shouldBeEmptyForASessionWithoutNotes() {
        assertEquals(List.of(), sessions.readNotes(plan(MONDAY).id()));
    }

    @Test
    public void actionItems_shouldBeAddedTickedAndListedOpenByDueDate() {
        Session session = plan(MONDAY);
        ActionItem later = sessions.addActionItem(ActionItem.open(session.id(), pairingId, "Read the guide",
                "mia", LocalDate.of(2026, 4, 1), "olga", MONDAY));
        ActionItem undated = sessions.addActionItem(ActionItem.open(session.id(), pairingId, "Ask for feedback",
                "mia", null, "mia", MONDAY));
        ActionItem soon = sessions.addActionItem(ActionItem.open(session.id(), pairingId, "Book a room", "olga",
                LocalDate.of(2026, 3, 9), "olga", MONDAY));

        ActionItem done = sessions.setDone(later.id(), true, later.version());

        assertTrue(done.done());
        assertEquals(2, done.version());
        assertEquals(List.of(soon.id(), undated.id()), sessions.findOpenActionItems(pairingId).stream()
                .map(ActionItem::id).collect(Collectors.toList()));
        assertEquals(3, sessions.findActionItems(session.id()).size());
        ActionItem read = sessions.findActionItem(soon.id()).orElseThrow();
        assertEquals("Book a room", read.text());
        assertEquals("olga", read.ownerKey());
        assertEquals(LocalDate.of(2026, 3, 9), read.due());
        assertFalse(read.done());
        assertThrows(StaleVersionException.class, () -> sessions.setDone(later.id(), false, later.version()));
    }

    @Test
    public void addActionItem_shouldRefuseABlankText() {
        Session session = plan(MONDAY);
        assertThrows(StoreValidationException.class, () -> sessions.addActionItem(ActionItem.open(session.id(),
                pairingId, "  ", "mia", null, "mia", MONDAY)));
    }

    @Test
    public void deleteSession_shouldTakeItsNotesAndActionItems() {
        Session session = plan(MONDAY);
        sessions.writeNote(session.id(), "mia", "gone", MONDAY, 0);
        sessions.addActionItem(ActionItem.open(session.id(), pairingId, "gone too", "mia", null, "mia", MONDAY));

        sessions.deleteSession(session.id());

        assertTrue(sessions.findSession(session.id()).isEmpty());
        assertEquals(List.of(), sessions.readNotes(session.id()));
        assertEquals(List.of(), sessions.findActionItems(session.id()));
    }

    @Test
    public void home_shouldHoldThePageAndThePairsCadence() {
        assertTrue(sessions.findHome(pairingId).isEmpty());

        PairingHome bound = sessions.bindHomePage(pairingId, 80_000L + pairingId);
        PairingHome weekly = sessions.setCadence(pairingId, Cadence.WEEKLY, bound.version());

        assertEquals(Long.valueOf(80_000L + pairingId), weekly.pageId());
        assertEquals(Cadence.WEEKLY, weekly.cadence());
        assertEquals(Cadence.WEEKLY, weekly.cadenceOr(Cadence.MONTHLY));
        assertEquals(pairingId, sessions.findHomeByPage(80_000L + pairingId).orElseThrow().pairingId());
        assertThrows(StaleVersionException.class, () -> sessions.setCadence(pairingId, null, bound.version()));
        PairingHome back = sessions.setCadence(pairingId, null, weekly.version());
        assertNull(back.cadence());
        assertEquals(Cadence.MONTHLY, back.cadenceOr(Cadence.MONTHLY));
    }

    @Test
    public void setCadence_shouldMakeTheHomeWhenThereIsNone() {
        PairingHome home = sessions.setCadence(pairingId, Cadence.FORTNIGHTLY, 0);

        assertNull(home.pageId());
        assertEquals(Cadence.FORTNIGHTLY, sessions.findHome(pairingId).orElseThrow().cadence());
        assertThrows(StaleVersionException.class, () -> sessions.setCadence(pairingId + 1, Cadence.WEEKLY, 3));
    }

    @Test
    public void recordPageChange_shouldKeepWhoDidWhatInOrder() {
        sessions.recordPageChange(pairingId, 42L, "carol", PageChange.RESTRICTIONS_CHANGED, MONDAY, "view, edit");
        sessions.recordPageChange(pairingId, 43L, "dan", PageChange.COPIED, LATER, "copy 44");

        List<PageAudit> audit = sessions.findPageAudit(pairingId);
        assertEquals(2, audit.size());
        assertEquals("carol", audit.get(0).actorKey());
        assertEquals(PageChange.RESTRICTIONS_CHANGED, audit.get(0).change());
        assertEquals(42L, audit.get(0).pageId());
        assertEquals(MONDAY, audit.get(0).at());
        assertEquals("view, edit", audit.get(0).detail());
        assertEquals(PageChange.COPIED, audit.get(1).change());
    }
}
