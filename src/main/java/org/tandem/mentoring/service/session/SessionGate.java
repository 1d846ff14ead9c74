package org.tandem.mentoring.service.session;

import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.SessionStore;

/**
 * Who may reach a running pairing's sessions: its members (the mentee and the mentor of an active or ended pairing)
 * and nobody else. Everybody else, signed in or not, is told the pairing or session does not exist (404): whether a
 * pair meets is itself the pair's. Managers, coordinators and administrators are not members.
 */
@Named
public class SessionGate {

    static final String PAIRING_NOT_FOUND = "tandem.session.error.pairing-not-found";
    static final String SESSION_NOT_FOUND = "tandem.session.error.session-not-found";

    private final PairingStore pairings;
    private final SessionStore sessions;
    private final HostUsers users;
    private final ProgrammeGate gate;

    public SessionGate(PairingStore pairings, SessionStore sessions, HostUsers users, ProgrammeGate gate) {
        this.pairings = pairings;
        this.sessions = sessions;
        this.users = users;
        this.gate = gate;
    }

    /** The person asking, or null when nobody is signed in. */
    public String viewer() {
        return users.currentUserKey().orElse(null);
    }

    public static boolean isMember(Pairing pairing, String viewer) {
        return viewer != null && (pairing.state() == PairingState.ACTIVE || pairing.state() == PairingState.ENDED)
                && (viewer.equals(pairing.menteeKey()) || viewer.equals(pairing.mentorKey()));
    }

    public static List<String> members(Pairing pairing) {
        return List.of(pairing.menteeKey(), pairing.mentorKey());
    }

    /** The pairing, when the viewer is one of its members; 404 otherwise. */
    public Pairing memberPairing(int pairingId, String viewer) {
        return pairings.findById(pairingId).filter(p -> isMember(p, viewer))
                .orElseThrow(() -> new Refusal.NotFound(PAIRING_NOT_FOUND, pairingId));
    }

    /** The session and its pairing, when the viewer is a member; 404 otherwise. */
    public Found memberSession(int sessionId, String viewer) {
        return member(sessions.findSession(sessionId)
                .orElseThrow(() -> new Refusal.NotFound(SESSION_NOT_FOUND, sessionId)), viewer);
    }

    /** The session already read with its pairing, when the viewer is a member; 404 otherwise. */
    public Found member(Session session, String viewer) {
        Pairing pairing = PageLookups.pairing(pairings, session.pairingId()).filter(p -> isMember(p, viewer))
                .orElseThrow(() -> new Refusal.NotFound(SESSION_NOT_FOUND, session.id()));
        return new Found(pairing, session);
    }

    public <T> T inTransaction(Supplier<T> work) {
        return gate.inTransaction(work);
    }

    public record Found(Pairing pairing, Session session) {
    }
}
