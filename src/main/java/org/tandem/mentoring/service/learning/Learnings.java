package org.tandem.mentoring.service.learning;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.dashboard.SmallGroups;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.service.Refusal;

/**
 * The learnings a mentee records on a session page. Each is the mentee's alone until the mentee shares it, item by
 * item (and may unshare it again); a shared learning reaches the mentee's current direct manager with its theme,
 * who may answer with feedback, which the mentee reads. The mentor knows only that learnings are the mentee's.
 * Coordinators get counts by theme, never text, and no count below {@link #SMALLEST_GROUP}. Everybody else is told
 * that nothing is there.
 */
@Named
public class Learnings {

    /** Counts below this are not shown (a small group would identify a person). */
    public static final int SMALLEST_GROUP = 5;

    /** What the session page's macro shows the person reading it. */
    public enum Audience {
        MENTEE,
        MENTOR,
        NONE
    }

    /** The learnings of a session for its mentee, with the themes to tag new ones; empty lists for the mentor. */
    public record SessionLearnings(Audience audience, int sessionId, List<Learning> learnings,
            List<LearningTheme> themes, Map<Integer, String> themeNames, String managerName, boolean open) {
    }

    private final MenteeFacts facts;
    private final HostSettings settings;
    private final Clock clock;

    @Inject
    public Learnings(MenteeFacts facts, HostSettings settings, HostClock hostClock) {
        this(facts, settings, hostClock.clock());
    }

    Learnings(MenteeFacts facts, HostSettings settings, Clock clock) {
        this.facts = facts;
        this.settings = settings;
        this.clock = clock;
    }

    /** For the macro on a session page: the mentee's learnings, a line for the mentor, nothing for others. */
    public SessionLearnings forPage(long pageId) {
        Optional<String> viewer = facts.viewer();
        Optional<Session> session = facts.sessionOfPage(pageId);
        Optional<MenteeFacts.Found> found = session.flatMap(s -> facts.pairing(s.pairingId()));
        if (viewer.isEmpty() || found.isEmpty()) {
            return none();
        }
        MenteeFacts.Found pairing = found.get();
        if (pairing.isMentee(viewer.get())) {
            return forMentee(session.get(), pairing);
        }
        if (pairing.isMentor(viewer.get())) {
            return new SessionLearnings(Audience.MENTOR, session.get().id(), List.of(), List.of(), Map.of(), null,
                    false);
        }
        return none();
    }

    /** The learnings of a session, for its mentee only. */
    public SessionLearnings ofSession(int sessionId) {
        String viewer = facts.signedIn();
        Session session = facts.sessions().findSession(sessionId).orElseThrow(LearningRefusals::notFound);
        MenteeFacts.Found pairing = facts.pairing(session.pairingId()).filter(f -> f.isMentee(viewer))
                .orElseThrow(LearningRefusals::notFound);
        return forMentee(session, pairing);
    }

    private SessionLearnings forMentee(Session session, MenteeFacts.Found pairing) {
        return new SessionLearnings(Audience.MENTEE, session.id(), facts.store().findLearnings(session.id()),
                facts.themesOf(pairing.pairing()), facts.themeNames(pairing.programme().id()),
                facts.name(pairing.manager()), pairing.pairing().state() == PairingState.ACTIVE);
    }

    private static SessionLearnings none() {
        return new SessionLearnings(Audience.NONE, 0, List.of(), List.of(), Map.of(), null, false);
    }

    /** The mentee records a learning on a session of an active pairing, tagged to one of the pairing's themes. */
    public Learning record(int sessionId, Integer themeId, String text) {
        String viewer = facts.signedIn();
        return facts.inTransaction(() -> {
            Session session = facts.sessions().findSession(sessionId).orElseThrow(LearningRefusals::notFound);
            MenteeFacts.Found pairing = facts.pairing(session.pairingId()).filter(f -> f.isMentee(viewer))
                    .orElseThrow(LearningRefusals::notFound);
            requireActive(pairing);
            if (themeId == null || facts.themesOf(pairing.pairing()).stream().noneMatch(t -> t.id() == themeId)) {
                throw LearningRefusals.invalid("themeId", LearningRefusals.FIELD + "theme");
            }
            String learnt = text == null ? null : text.strip();
            if (learnt == null || learnt.isEmpty()) {
                throw LearningRefusals.invalid("text", LearningRefusals.FIELD + "text.required");
            }
            if (learnt.length() > Learning.MAX_LENGTH) {
                throw LearningRefusals.invalid("text", LearningRefusals.FIELD + "text.long", Learning.MAX_LENGTH);
            }
            return facts.store().addLearning(Learning.draft(pairing.programme().id(), pairing.pairing().id(),
                    sessionId, viewer, themeId, learnt, clock.instant()));
        });
    }

    /** The mentee shares a learning with their current manager, or takes it back. */
    public Learning share(int learningId, int version, boolean shared) {
        String viewer = facts.signedIn();
        return facts.inTransaction(() -> {
            Learning learning = facts.store().findLearning(learningId).filter(l -> viewer.equals(l.menteeKey()))
                    .orElseThrow(LearningRefusals::notFound);
            if (learning.shared() == shared) {
                return learning;
            }
            return facts.store().setShared(learningId, shared, clock.instant(), version);
        });
    }

    /**
     * The mentee's current direct manager answers a shared learning. The answer replaces an earlier one; the
     * mentee reads it.
     */
    public Learning feedback(int learningId, int version, String text) {
        String viewer = facts.signedIn();
        return facts.inTransaction(() -> {
            Learning learning = visibleToManager(learningId, viewer);
            String answer = text == null ? null : text.strip();
            if (answer == null || answer.isEmpty()) {
                throw LearningRefusals.invalid("feedback", LearningRefusals.FIELD + "feedback.required");
            }
            if (answer.length() > Learning.MAX_LENGTH) {
                throw LearningRefusals.invalid("feedback", LearningRefusals.FIELD + "text.long",
                        Learning.MAX_LENGTH);
            }
            return facts.store().setFeedback(learningId, viewer, answer, clock.instant(), version);
        });
    }

    /** A shared learning of a report of the viewer's (now); "not found" for anything else. */
    private Learning visibleToManager(int learningId, String viewer) {
        Learning learning = facts.store().findLearning(learningId).filter(Learning::shared)
                .orElseThrow(LearningRefusals::notFound);
        facts.pairing(learning.pairingId()).filter(f -> f.isManager(viewer)).orElseThrow(
                LearningRefusals::notFound);
        return learning;
    }

    /**
     * A coordinator's count of the programme's shared learnings by theme name; themes with fewer than the
     * dashboards' smallest group ({@link SmallGroups}: {@link #SMALLEST_GROUP} unless an administrator raised it)
     * are left out. Nothing is opened.
     */
    public Map<String, Integer> sharedCountsByTheme(int programmeId) {
        String viewer = facts.signedIn();
        SmallGroups k = SmallGroups.of(settings.dashboardSmallestGroup());
        return facts.inTransaction(() -> {
            var programme = facts.pairingsProgramme(programmeId).filter(p -> facts.coordinates(viewer, p))
                    .orElseThrow(LearningRefusals::notFound);
            Map<Integer, String> names = facts.themeNames(programme.id());
            Map<String, Integer> counts = new LinkedHashMap<>();
            facts.store().countSharedByTheme(programme.id()).forEach((theme, count) -> {
                if (count >= k.k()) {
                    counts.put(names.getOrDefault(theme, String.valueOf(theme)), count);
                }
            });
            return counts;
        });
    }

    private static void requireActive(MenteeFacts.Found pairing) {
        if (pairing.pairing().state() != PairingState.ACTIVE) {
            throw new Refusal.Conflict(LearningRefusals.STATE);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
