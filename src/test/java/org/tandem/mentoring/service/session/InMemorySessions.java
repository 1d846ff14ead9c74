package org.tandem.mentoring.service.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.session.ActionItem;
import org.tandem.mentoring.domain.session.PageAudit;
import org.tandem.mentoring.domain.session.PageChange;
import org.tandem.mentoring.domain.session.PairingHome;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionNote;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.SessionStore;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * The session store in memory, for service tests. It keeps notes as plain text (it is never a real store); the
 * encryption is the Active Objects store's and {@code AoSessionStoreTest} proves it. {@code InMemorySessionsTest}
 * holds it to the same contract.
 */
public class InMemorySessions implements SessionStore {

    private final Map<Integer, PairingHome> homes = new LinkedHashMap<>();
    private final Map<Integer, Session> sessions = new LinkedHashMap<>();
    private final Map<Integer, SessionNote> notes = new LinkedHashMap<>();
    private final Map<Integer, ActionItem> items = new LinkedHashMap<>();
    private final List<PageAudit> audit = new ArrayList<>();
    private int nextId = 500;

    @Override
    public synchronized Optional<PairingHome> findHome(int pairingId) {
        return Optional.ofNullable(homes.get(pairingId));
    }

    @Override
    public synchronized Optional<PairingHome> findHomeByPage(long pageId) {
        return homes.values().stream().filter(h -> h.pageId() != null && h.pageId() == pageId).findFirst();
    }

    @Override
    public synchronized PairingHome bindHomePage(int pairingId, long pageId) {
        PairingHome old = homes.get(pairingId);
        PairingHome home = old == null ? new PairingHome(pairingId, pageId, null, 1)
                : new PairingHome(pairingId, pageId, old.cadence(), old.version() + 1);
        homes.put(pairingId, home);
        return home;
    }

    @Override
    public synchronized PairingHome setCadence(int pairingId, Cadence cadence, int expectedVersion) {
        PairingHome old = homes.get(pairingId);
        int version = old == null ? 0 : old.version();
        if (version != expectedVersion) {
            throw new StaleVersionException("pairingHome", pairingId, expectedVersion);
        }
        PairingHome home = new PairingHome(pairingId, old == null ? null : old.pageId(), cadence, version + 1);
        homes.put(pairingId, home);
        return home;
    }

    @Override
    public synchronized Session createSession(Session planned) {
        checkMinutes(planned.minutes());
        if (planned.createdBy() == null || planned.createdBy().isBlank()) {
            throw new StoreValidationException("session.createdBy", StoreValidationException.Problem.MISSING,
                    "is required");
        }
        Session stored = new Session(nextId++, planned.pairingId(), planned.pageId(), planned.startsAt(),
                planned.zone(), planned.minutes(), planned.format(), planned.themeIds(), planned.createdBy(),
                planned.createdAt(), 1);
        sessions.put(stored.id(), stored);
        return stored;
    }

    private static void checkMinutes(int minutes) {
        if (minutes < Session.MIN_MINUTES || minutes > Session.MAX_MINUTES) {
            throw new StoreValidationException("session.minutes", StoreValidationException.Problem.INVALID,
                    "is " + minutes);
        }
    }

    @Override
    public synchronized Session bindSessionPage(int sessionId, long pageId) {
        Session s = session(sessionId);
        Session bound = new Session(s.id(), s.pairingId(), pageId, s.startsAt(), s.zone(), s.minutes(), s.format(),
                s.themeIds(), s.createdBy(), s.createdAt(), s.version() + 1);
        sessions.put(sessionId, bound);
        return bound;
    }

    @Override
    public synchronized Session updateSession(Session changed) {
        checkMinutes(changed.minutes());
        Session s = session(changed.id());
        if (s.version() != changed.version()) {
            throw new StaleVersionException("session", changed.id(), changed.version());
        }
        Session updated = new Session(s.id(), s.pairingId(), s.pageId(), changed.startsAt(), changed.zone(),
                changed.minutes(), changed.format(), changed.themeIds(), s.createdBy(), s.createdAt(),
                s.version() + 1);
        sessions.put(s.id(), updated);
        return updated;
    }

    private Session session(int id) {
        Session s = sessions.get(id);
        if (s == null) {
            throw new RecordNotFoundException("session", id);
        }
        return s;
    }

    @Override
    public synchronized void deleteSession(int sessionId) {
        sessions.remove(sessionId);
        notes.values().removeIf(n -> n.sessionId() == sessionId);
        items.values().removeIf(i -> i.sessionId() == sessionId);
    }

    @Override
    public synchronized Optional<Session> findSession(int sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized Optional<Session> findSessionByPage(long pageId) {
        return sessions.values().stream().filter(s -> s.pageId() != null && s.pageId() == pageId).findFirst();
    }

    @Override
    public synchronized List<Session> findSessions(int pairingId) {
        return sessions.values().stream().filter(s -> s.pairingId() == pairingId)
                .sorted(Comparator.comparing(Session::startsAt).thenComparing(Session::id))
                .collect(Collectors.toList());
    }

    @Override
    public synchronized SessionNote writeNote(int sessionId, String authorKey, String text, Instant at,
            int expectedVersion) {
        session(sessionId);
        if (text == null || text.length() > SessionNote.MAX_LENGTH) {
            throw new StoreValidationException("sessionNote.text", StoreValidationException.Problem.TOO_LONG,
                    "is too long");
        }
        SessionNote old = notes.values().stream()
                .filter(n -> n.sessionId() == sessionId && n.authorKey().equals(authorKey)).findFirst()
                .orElse(null);
        int version = old == null ? 0 : old.version();
        if (version != expectedVersion) {
            throw new StaleVersionException("sessionNote", old == null ? 0 : old.id(), expectedVersion);
        }
        SessionNote note = new SessionNote(old == null ? nextId++ : old.id(), sessionId, authorKey, text, at,
                version + 1);
        notes.put(note.id(), note);
        return note;
    }

    @Override
    public synchronized List<SessionNote> readNotes(int sessionId) {
        return notes.values().stream().filter(n -> n.sessionId() == sessionId)
                .sorted(Comparator.comparing(SessionNote::id)).collect(Collectors.toList());
    }

    @Override
    public synchronized int countNotes() {
        return notes.size();
    }

    @Override
    public synchronized ActionItem addActionItem(ActionItem open) {
        if (open.text().isBlank() || open.text().length() > ActionItem.MAX_LENGTH) {
            throw new StoreValidationException("actionItem.text", StoreValidationException.Problem.INVALID,
                    "is blank or too long");
        }
        ActionItem stored = new ActionItem(nextId++, open.sessionId(), open.pairingId(), open.text().strip(),
                open.ownerKey(), open.due(), open.done(), open.createdBy(), open.createdAt(), 1);
        items.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized ActionItem setDone(int actionItemId, boolean done, int expectedVersion) {
        ActionItem old = items.get(actionItemId);
        if (old == null) {
            throw new RecordNotFoundException("actionItem", actionItemId);
        }
        if (old.version() != expectedVersion) {
            throw new StaleVersionException("actionItem", actionItemId, expectedVersion);
        }
        ActionItem ticked = new ActionItem(old.id(), old.sessionId(), old.pairingId(), old.text(), old.ownerKey(),
                old.due(), done, old.createdBy(), old.createdAt(), old.version() + 1);
        items.put(old.id(), ticked);
        return ticked;
    }

    @Override
    public synchronized Optional<ActionItem> findActionItem(int actionItemId) {
        return Optional.ofNullable(items.get(actionItemId));
    }

    @Override
    public synchronized List<ActionItem> findActionItems(int sessionId) {
        return items.values().stream().filter(i -> i.sessionId() == sessionId).collect(Collectors.toList());
    }

    @Override
    public synchronized List<ActionItem> findOpenActionItems(int pairingId) {
        return items.values().stream().filter(i -> i.pairingId() == pairingId && !i.done())
                .sorted(Comparator.comparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.toList());
    }

    @Override
    public synchronized PageAudit recordPageChange(int pairingId, long pageId, String actorKey, PageChange change,
            Instant at, String detail) {
        PageAudit row = new PageAudit(nextId++, pairingId, pageId, actorKey, change, at, detail);
        audit.add(row);
        return row;
    }

    @Override
    public synchronized List<PageAudit> findPageAudit(int pairingId) {
        return audit.stream().filter(a -> a.pairingId() == pairingId).collect(Collectors.toList());
    }
}
