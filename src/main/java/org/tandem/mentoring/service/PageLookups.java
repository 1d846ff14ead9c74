package org.tandem.mentoring.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.SessionStore;

/**
 * Look-ups the macros of one page view share: which programme a space holds for the viewer, whether the viewer
 * coordinates it, the learning themes a programme offers, the applications waiting for the viewer as a manager,
 * the session a page holds and its pairing (the session and its learnings are two macros of one page).
 * A page such as the programme home runs three or four Tandem macros, each of which would otherwise
 * ask the same questions of the host and the database again. One instance lives as long as the page's rendering
 * (the macro layer keeps it in the page's conversion context) and is in force only while a macro of that page runs
 * on this thread; outside it every look-up goes to the source. Nothing in it outlives the page view, so no node
 * holds state another node needs.
 */
public final class PageLookups {

    /** What runs while the look-ups are shared; its checked exception passes through. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private static final ThreadLocal<PageLookups> CURRENT = new ThreadLocal<>();

    private final Map<Object, Object> answers = new ConcurrentHashMap<>();

    /** Runs {@code work} with these look-ups in force on this thread, then puts back what was in force before. */
    public <T, E extends Exception> T during(Work<T, E> work) throws E {
        PageLookups outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * The answer to {@code question} (a value with equals and hashCode, such as a record): asked once per page view
     * while look-ups are shared, otherwise every time. The answer must not be null.
     */
    @SuppressWarnings("unchecked")
    public static <T> T remembered(Object question, Supplier<T> answer) {
        PageLookups lookups = CURRENT.get();
        if (lookups == null) {
            return answer.get();
        }
        Object known = lookups.answers.get(question);
        if (known == null) {
            known = answer.get();
            lookups.answers.put(question, known);
        }
        return (T) known;
    }

    /** The learning themes a programme offers (its own and the site's), read once per page view. */
    public static List<LearningTheme> themesOf(LearningThemeRepository themes, int programmeId) {
        return remembered(new AvailableThemes(programmeId), () -> themes.findAvailableTo(programmeId));
    }

    private record AvailableThemes(int programmeId) {
    }

    /** The session a page holds, read once per page view. */
    public static Optional<Session> sessionOfPage(SessionStore sessions, long pageId) {
        return remembered(new PageSession(pageId), () -> sessions.findSessionByPage(pageId));
    }

    /** A pairing by id, read once per page view. */
    public static Optional<Pairing> pairing(PairingStore pairings, int pairingId) {
        return remembered(new PairingById(pairingId), () -> pairings.findById(pairingId));
    }

    private record PageSession(long pageId) {
    }

    private record PairingById(int pairingId) {
    }
}
