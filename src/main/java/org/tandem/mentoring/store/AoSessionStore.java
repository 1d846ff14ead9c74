package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.session.ActionItem;
import org.tandem.mentoring.domain.session.PageAudit;
import org.tandem.mentoring.domain.session.PageChange;
import org.tandem.mentoring.domain.session.PairingHome;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.domain.session.SessionNote;

/** The {@link SessionStore} in Active Objects, notes sealed by {@link NoteCipher} under the {@link NoteKeys} key. */
@Named
public class AoSessionStore implements SessionStore {

    private static final String HOME = "pairingHome";
    private static final String SESSION = "session";
    private static final String NOTE = "sessionNote";
    private static final String ITEM = "actionItem";

    private final ActiveObjects ao;
    private final SealingKey sealing;
    private final NoteCipher cipher = new NoteCipher();

    @Inject
    public AoSessionStore(ActiveObjects ao, NoteKeys keys) {
        this.ao = ao;
        this.sealing = new SealingKey(ao, keys);
    }

    // ------------------------------------------------------------------ pairing home

    @Override
    public Optional<PairingHome> findHome(int pairingId) {
        return Arrays.stream(ao.find(PairingHomeEntity.class,
                Query.select().where(PairingHomeEntity.PAIRING_ID + " = ?", pairingId))).findFirst().map(
                AoSessionStore::home);
    }

    @Override
    public Optional<PairingHome> findHomeByPage(long pageId) {
        return Arrays.stream(ao.find(PairingHomeEntity.class,
                Query.select().where(PairingHomeEntity.PAGE_ID + " = ?", pageId))).findFirst().map(
                AoSessionStore::home);
    }

    @Override
    public PairingHome bindHomePage(int pairingId, long pageId) {
        return ao.executeInTransaction(() -> {
            Optional<PairingHome> home = findHome(pairingId);
            if (home.isEmpty()) {
                Map<String, Object> row = new HashMap<>();
                row.put(PairingHomeEntity.PAIRING_ID, pairingId);
                row.put(PairingHomeEntity.PAGE_ID, pageId);
                row.put(PairingHomeEntity.VERSION, 1);
                return home(ao.create(PairingHomeEntity.class, row));
            }
            RowVersionUpdate.apply(ao, PairingHomeEntity.class, HOME, homeRowId(pairingId), home.get().version(),
                    Map.of(PairingHomeEntity.PAGE_ID, pageId));
            return findHome(pairingId).orElseThrow();
        });
    }

    @Override
    public PairingHome setCadence(int pairingId, Cadence cadence, int expectedVersion) {
        return ao.executeInTransaction(() -> {
            Optional<PairingHome> home = findHome(pairingId);
            if (home.isEmpty()) {
                if (expectedVersion != 0) {
                    throw new StaleVersionException(HOME, pairingId, expectedVersion);
                }
                Map<String, Object> row = new HashMap<>();
                row.put(PairingHomeEntity.PAIRING_ID, pairingId);
                row.put(PairingHomeEntity.CADENCE, cadence == null ? null : cadence.name());
                row.put(PairingHomeEntity.VERSION, 1);
                return home(ao.create(PairingHomeEntity.class, row));
            }
            Map<String, Object> values = new HashMap<>();
            values.put(PairingHomeEntity.CADENCE, cadence == null ? null : cadence.name());
            RowVersionUpdate.apply(ao, PairingHomeEntity.class, HOME, homeRowId(pairingId), expectedVersion, values);
            return findHome(pairingId).orElseThrow();
        });
    }

    private int homeRowId(int pairingId) {
        return ao.find(PairingHomeEntity.class, Query.select("ID").where(PairingHomeEntity.PAIRING_ID + " = ?",
                pairingId))[0].getID();
    }

    private static PairingHome home(PairingHomeEntity e) {
        return new PairingHome(e.getPairingId(), e.getPageId(),
                e.getCadence() == null ? null : Cadence.valueOf(e.getCadence()), e.getVersion());
    }

    // ------------------------------------------------------------------ sessions

    @Override
    public Session createSession(Session planned) {
        Map<String, Object> row = new Row(SESSION)
                .required(SessionEntity.CREATED_BY, "createdBy", planned.createdBy(), StoreLimits.KEY)
                .range(SessionEntity.MINUTES, "minutes", planned.minutes(), Session.MIN_MINUTES, Session.MAX_MINUTES)
                .values();
        row.putAll(facts(planned));
        row.put(SessionEntity.PAIRING_ID, planned.pairingId());
        row.put(SessionEntity.PAGE_ID, planned.pageId());
        row.put(SessionEntity.CREATED_AT, planned.createdAt().toEpochMilli());
        row.put(SessionEntity.VERSION, 1);
        return session(ao.create(SessionEntity.class, row));
    }

    @Override
    public Session bindSessionPage(int sessionId, long pageId) {
        return ao.executeInTransaction(() -> {
            Session stored = findSession(sessionId).orElseThrow(() -> new RecordNotFoundException(SESSION,
                    sessionId));
            RowVersionUpdate.apply(ao, SessionEntity.class, SESSION, sessionId, stored.version(),
                    Map.of(SessionEntity.PAGE_ID, pageId));
            return findSession(sessionId).orElseThrow();
        });
    }

    @Override
    public Session updateSession(Session changed) {
        new Row(SESSION).range(SessionEntity.MINUTES, "minutes", changed.minutes(), Session.MIN_MINUTES,
                Session.MAX_MINUTES);
        return ao.executeInTransaction(() -> {
            RowVersionUpdate.apply(ao, SessionEntity.class, SESSION, changed.id(), changed.version(),
                    facts(changed));
            return findSession(changed.id()).orElseThrow();
        });
    }

    private static Map<String, Object> facts(Session s) {
        String themes = s.themeIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<String, Object> values = new Row(SESSION)
                .required(SessionEntity.TIME_ZONE, "zone", s.zone().getId(), StoreLimits.CODE * 2)
                .optional(SessionEntity.THEME_IDS, "themeIds", themes, StoreLimits.NAME)
                .required(SessionEntity.FORMAT, "format", s.format())
                .range(SessionEntity.MINUTES, "minutes", s.minutes(), Session.MIN_MINUTES, Session.MAX_MINUTES)
                .values();
        values.put(SessionEntity.STARTS_AT, s.startsAt().toEpochMilli());
        return values;
    }

    @Override
    public void deleteSession(int sessionId) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(SessionNoteEntity.class, SessionNoteEntity.SESSION_ID + " = ?", sessionId);
            ao.deleteWithSQL(ActionItemEntity.class, ActionItemEntity.SESSION_ID + " = ?", sessionId);
            ao.deleteWithSQL(SessionEntity.class, "ID = ?", sessionId);
            return null;
        });
    }

    @Override
    public Optional<Session> findSession(int sessionId) {
        return Optional.ofNullable(ao.get(SessionEntity.class, sessionId)).map(AoSessionStore::session);
    }

    @Override
    public Optional<Session> findSessionByPage(long pageId) {
        return Arrays.stream(ao.find(SessionEntity.class,
                Query.select().where(SessionEntity.PAGE_ID + " = ?", pageId))).findFirst().map(
                AoSessionStore::session);
    }

    @Override
    public List<Session> findSessions(int pairingId) {
        return Arrays.stream(ao.find(SessionEntity.class, Query.select()
                        .where(SessionEntity.PAIRING_ID + " = ?", pairingId)
                        .order(SessionEntity.STARTS_AT + " ASC, ID ASC")))
                .map(AoSessionStore::session).collect(Collectors.toList());
    }

    private static Session session(SessionEntity e) {
        List<Integer> themes = e.getThemeIds() == null || e.getThemeIds().isBlank() ? List.of()
                : Arrays.stream(e.getThemeIds().split(",")).map(Integer::valueOf).collect(Collectors.toList());
        return new Session(e.getID(), e.getPairingId(), e.getPageId(), Instant.ofEpochMilli(e.getStartsAt()),
                ZoneId.of(e.getTimeZone()), e.getMinutes(), SessionFormat.valueOf(e.getFormat()), themes,
                e.getCreatedBy(), Instant.ofEpochMilli(e.getCreatedAt()), e.getVersion());
    }

    // ------------------------------------------------------------------ notes

    @Override
    public SessionNote writeNote(int sessionId, String authorKey, String text, Instant at, int expectedVersion) {
        new Row(NOTE).required(SessionNoteEntity.AUTHOR_KEY, "authorKey", authorKey, StoreLimits.KEY);
        if (text == null || text.length() > SessionNote.MAX_LENGTH) {
            throw new StoreValidationException(NOTE + ".text", StoreValidationException.Problem.TOO_LONG,
                    "is longer than " + SessionNote.MAX_LENGTH + " characters");
        }
        return ao.executeInTransaction(() -> {
            Session session = findSession(sessionId).orElseThrow(() -> new RecordNotFoundException(SESSION,
                    sessionId));
            NoteKey key = sealing.forWriting();
            NoteCipher.Sealed sealed = cipher.seal(key, session.pairingId(), sessionId, authorKey, text);
            Map<String, Object> values = new HashMap<>();
            values.put(SessionNoteEntity.CIPHERTEXT, sealed.ciphertext());
            values.put(SessionNoteEntity.NONCE, sealed.nonce());
            values.put(SessionNoteEntity.KEY_ID, sealed.keyId());
            values.put(SessionNoteEntity.UPDATED_AT, at.toEpochMilli());
            SessionNoteEntity[] existing = ao.find(SessionNoteEntity.class, Query.select().where(
                    SessionNoteEntity.SESSION_AUTHOR + " = ?", UniqueKey.of(sessionId, authorKey)));
            int id;
            if (existing.length == 0) {
                if (expectedVersion != 0) {
                    throw new StaleVersionException(NOTE, 0, expectedVersion);
                }
                values.put(SessionNoteEntity.SESSION_ID, sessionId);
                values.put(SessionNoteEntity.PAIRING_ID, session.pairingId());
                values.put(SessionNoteEntity.AUTHOR_KEY, authorKey);
                values.put(SessionNoteEntity.SESSION_AUTHOR, UniqueKey.of(sessionId, authorKey));
                values.put(SessionNoteEntity.VERSION, 1);
                try {
                    id = ao.create(SessionNoteEntity.class, values).getID();
                } catch (RuntimeException e) {
                    if (UniqueKey.isDuplicate(e)) {
                        throw new StaleVersionException(NOTE, 0, expectedVersion);
                    }
                    throw e;
                }
            } else {
                id = existing[0].getID();
                RowVersionUpdate.apply(ao, SessionNoteEntity.class, NOTE, id, expectedVersion, values);
            }
            return new SessionNote(id, sessionId, authorKey, text, at, existing.length == 0 ? 1
                    : expectedVersion + 1);
        });
    }

    @Override
    public List<SessionNote> readNotes(int sessionId) {
        SessionNoteEntity[] rows = ao.find(SessionNoteEntity.class, Query.select()
                .where(SessionNoteEntity.SESSION_ID + " = ?", sessionId).order("ID ASC"));
        if (rows.length == 0) {
            return List.of();
        }
        NoteKey key = sealing.forReading();
        List<SessionNote> notes = new ArrayList<>();
        for (SessionNoteEntity row : rows) {
            String text = cipher.open(key, row.getPairingId(), row.getSessionId(), row.getAuthorKey(),
                    new NoteCipher.Sealed(row.getCiphertext(), row.getNonce(), row.getKeyId()));
            notes.add(new SessionNote(row.getID(), row.getSessionId(), row.getAuthorKey(), text,
                    Instant.ofEpochMilli(row.getUpdatedAt()), row.getVersion()));
        }
        return notes;
    }

    @Override
    public int countNotes() {
        return ao.count(SessionNoteEntity.class);
    }

    // ------------------------------------------------------------------ action items

    @Override
    public ActionItem addActionItem(ActionItem open) {
        Map<String, Object> row = new Row(ITEM)
                .required(ActionItemEntity.ITEM_TEXT, "text", open.text() == null ? null : open.text().strip(),
                        ActionItem.MAX_LENGTH)
                .required(ActionItemEntity.OWNER_KEY, "ownerKey", open.ownerKey(), StoreLimits.KEY)
                .required(ActionItemEntity.CREATED_BY, "createdBy", open.createdBy(), StoreLimits.KEY)
                .values();
        row.put(ActionItemEntity.SESSION_ID, open.sessionId());
        row.put(ActionItemEntity.PAIRING_ID, open.pairingId());
        row.put(ActionItemEntity.DUE_DATE, open.due() == null ? null : open.due().toString());
        row.put(ActionItemEntity.DONE, open.done());
        row.put(ActionItemEntity.CREATED_AT, open.createdAt().toEpochMilli());
        row.put(ActionItemEntity.VERSION, 1);
        return item(ao.create(ActionItemEntity.class, row));
    }

    @Override
    public ActionItem setDone(int actionItemId, boolean done, int expectedVersion) {
        return ao.executeInTransaction(() -> {
            RowVersionUpdate.apply(ao, ActionItemEntity.class, ITEM, actionItemId, expectedVersion,
                    Map.of(ActionItemEntity.DONE, done));
            return findActionItem(actionItemId).orElseThrow();
        });
    }

    @Override
    public Optional<ActionItem> findActionItem(int actionItemId) {
        return Optional.ofNullable(ao.get(ActionItemEntity.class, actionItemId)).map(AoSessionStore::item);
    }

    @Override
    public List<ActionItem> findActionItems(int sessionId) {
        return Arrays.stream(ao.find(ActionItemEntity.class, Query.select()
                        .where(ActionItemEntity.SESSION_ID + " = ?", sessionId).order("ID ASC")))
                .map(AoSessionStore::item).collect(Collectors.toList());
    }

    @Override
    public List<ActionItem> findOpenActionItems(int pairingId) {
        return Arrays.stream(ao.find(ActionItemEntity.class, Query.select()
                        .where(ActionItemEntity.PAIRING_ID + " = ? AND " + ActionItemEntity.DONE + " = ?",
                                pairingId, false).order("ID ASC")))
                .map(AoSessionStore::item)
                .sorted(Comparator.comparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.toList());
    }

    private static ActionItem item(ActionItemEntity e) {
        return new ActionItem(e.getID(), e.getSessionId(), e.getPairingId(), e.getItemText(), e.getOwnerKey(),
                e.getDueDate() == null ? null : LocalDate.parse(e.getDueDate()), e.isDone(), e.getCreatedBy(),
                Instant.ofEpochMilli(e.getCreatedAt()), e.getVersion());
    }

    // ------------------------------------------------------------------ guard of the pages

    @Override
    public PageAudit recordPageChange(int pairingId, long pageId, String actorKey, PageChange change, Instant at,
            String detail) {
        Map<String, Object> row = new Row("pageAudit")
                .required(PageAuditEntity.ACTOR_KEY, "actorKey", actorKey, StoreLimits.KEY)
                .required(PageAuditEntity.CHANGE_TYPE, "change", change)
                .optional(PageAuditEntity.DETAIL, "detail", detail, StoreLimits.NAME)
                .values();
        row.put(PageAuditEntity.PAIRING_ID, pairingId);
        row.put(PageAuditEntity.PAGE_ID, pageId);
        row.put(PageAuditEntity.OCCURRED_AT, at.toEpochMilli());
        return audit(ao.create(PageAuditEntity.class, row));
    }

    @Override
    public List<PageAudit> findPageAudit(int pairingId) {
        return Arrays.stream(ao.find(PageAuditEntity.class, Query.select()
                        .where(PageAuditEntity.PAIRING_ID + " = ?", pairingId).order("ID ASC")))
                .map(AoSessionStore::audit).collect(Collectors.toList());
    }

    private static PageAudit audit(PageAuditEntity e) {
        return new PageAudit(e.getID(), e.getPairingId(), e.getPageId(), e.getActorKey(),
                PageChange.valueOf(e.getChangeType()), Instant.ofEpochMilli(e.getOccurredAt()), e.getDetail());
    }
}
