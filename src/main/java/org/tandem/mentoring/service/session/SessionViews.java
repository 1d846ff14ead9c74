package org.tandem.mentoring.service.session;

import java.util.List;

/** What the session and pairing-home views show, as one person may see it. */
public final class SessionViews {

    private SessionViews() {
    }

    /** A session's facts. {@code start} is local to {@code zone}, "yyyy-MM-dd HH:mm". */
    public record SessionFacts(int id, int pairingId, Long pageId, String start, String zone, int minutes,
            String format, List<String> themes, int version) {
    }

    /** One member's notes; {@code mine} when the viewer wrote them. */
    public record NoteView(String author, String text, boolean mine, int version) {
    }

    public record ActionItemView(int id, int sessionId, String text, String owner, String ownerKey, String due,
            boolean done, boolean overdue, int version) {
    }

    /** A member of the pair, for the owner choice. */
    public record Member(String key, String name) {
    }

    /**
     * The session page for a member: facts, action items, every member's notes, and whether the viewer has
     * written a note yet (version 0 when not).
     */
    public record SessionPage(SessionFacts facts, List<ActionItemView> actionItems, List<NoteView> notes,
            List<Member> members, int myNoteVersion, String pairingTitle) {
    }

    /** The pairing home for a member. */
    public record PairingHomeView(int pairingId, int homeVersion, String mentee, String mentor, String goals,
            List<String> themes, String cadence, String cadenceKey, boolean cadenceOwn, List<String> cadences,
            String nextExpected, boolean dormant, List<SessionFacts> pastSessions,
            List<SessionFacts> plannedSessions, List<ActionItemView> openActionItems, String programmeCadence) {
    }
}
