package org.tandem.mentoring.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.session.ActionItem;
import org.tandem.mentoring.domain.session.PageAudit;
import org.tandem.mentoring.domain.session.PageChange;
import org.tandem.mentoring.domain.session.PairingHome;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionNote;

/**
 * A running pairing: its home (page, cadence), its sessions, the members' confidential notes on each session, the
 * action items, and the audit of the guard on the pair's pages.
 *
 * <p>The store does not ask who is asking: the services do. Notes are kept encrypted (AES-GCM, a fresh nonce per
 * write, the pairing, session and author as associated data) under the key {@link NoteKeys} keeps outside the
 * database; the first note makes the key, and once notes exist a missing, unreadable or other key is a
 * {@link NoteKeyException}, never a plain-text write or an empty read. Changes are conditional on the version the
 * caller read ({@link StaleVersionException}).
 */
public interface SessionStore {

    // ------------------------------------------------------------------ pairing home

    Optional<PairingHome> findHome(int pairingId);

    /** The pairing whose page this is. */
    Optional<PairingHome> findHomeByPage(long pageId);

    /** Records the pairing's page, making the home if it has none; the page id of an existing home is replaced. */
    PairingHome bindHomePage(int pairingId, long pageId);

    /**
     * Sets the pair's cadence ({@code null}: back to the programme's), the home being at {@code expectedVersion}
     * (0 when it has no home yet).
     */
    PairingHome setCadence(int pairingId, Cadence cadence, int expectedVersion);

    // ------------------------------------------------------------------ sessions

    /** Stores a planned session ({@link Session#planned}); its page comes later through {@link #bindSessionPage}. */
    Session createSession(Session planned);

    Session bindSessionPage(int sessionId, long pageId);

    /** Changes date, zone, length, format and themes of a session still at {@code changed.version()}. */
    Session updateSession(Session changed);

    /** Deletes a session with its notes and action items (a page that could not be made). */
    void deleteSession(int sessionId);

    Optional<Session> findSession(int sessionId);

    Optional<Session> findSessionByPage(long pageId);

    /** The sessions of a pairing, earliest first. */
    List<Session> findSessions(int pairingId);

    // ------------------------------------------------------------------ notes

    /**
     * Writes {@code authorKey}'s notes on a session: a new note when {@code expectedVersion} is 0, otherwise the
     * note at that version.
     *
     * @throws NoteKeyException when notes exist and their key is missing or unreadable
     */
    SessionNote writeNote(int sessionId, String authorKey, String text, Instant at, int expectedVersion);

    /**
     * Every member's notes on a session, in the order they were first written, opened.
     *
     * @throws NoteKeyException when a note cannot be opened with the key
     */
    List<SessionNote> readNotes(int sessionId);

    /** How many notes exist in the whole store (none: a new key may be made). */
    int countNotes();

    // ------------------------------------------------------------------ action items

    ActionItem addActionItem(ActionItem open);

    /** Ticks an action item done or open again, the item being at {@code expectedVersion}. */
    ActionItem setDone(int actionItemId, boolean done, int expectedVersion);

    Optional<ActionItem> findActionItem(int actionItemId);

    /** The action items of a session, oldest first. */
    List<ActionItem> findActionItems(int sessionId);

    /** The action items of a pairing not yet done, by due date (none last), then oldest first. */
    List<ActionItem> findOpenActionItems(int pairingId);

    // ------------------------------------------------------------------ guard of the pages

    PageAudit recordPageChange(int pairingId, long pageId, String actorKey, PageChange change, Instant at,
            String detail);

    /** The guard's records of a pairing, oldest first. */
    List<PageAudit> findPageAudit(int pairingId);
}
