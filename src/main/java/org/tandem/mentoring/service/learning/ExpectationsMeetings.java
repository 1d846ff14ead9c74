package org.tandem.mentoring.service.learning;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.learning.ExpectationsMeeting;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.service.Refusal;

/**
 * The expectations meeting of seed 002: before the first mentor meeting the mentee and their direct manager agree
 * themes and how the manager supports the mentee. Either of the two records it and both may edit it; its details
 * and notes are for those two only. The mentor learns only whether it was held. A manager after a reorganisation
 * holds their own meeting; a former manager sees nothing any more.
 */
@Named
public class ExpectationsMeetings {

    /**
     * The meeting as the viewer may see it: {@code held} for the pair and the manager; {@code meeting} (details
     * and notes) only for the mentee and for the manager who held it.
     */
    public record State(int pairingId, int pairingVersion, boolean held, LocalDate heldOn,
            ExpectationsMeeting meeting, List<LearningTheme> themes, String managerName, boolean mayRecord) {
    }

    /** What either of the two writes. */
    public record Form(LocalDate heldOn, List<Integer> themeIds, String supportTime, String supportTasks,
            String notes) {
    }

    private final MenteeFacts facts;
    private final Clock clock;

    @Inject
    public ExpectationsMeetings(MenteeFacts facts, HostClock hostClock) {
        this(facts, hostClock.clock());
    }

    ExpectationsMeetings(MenteeFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** The state for a member of the pairing or the mentee's current manager; "not found" for anybody else. */
    public State state(int pairingId) {
        String viewer = facts.signedIn();
        MenteeFacts.Found found = facts.pairing(pairingId).orElseThrow(LearningRefusals::notFound);
        return state(found, viewer).orElseThrow(LearningRefusals::notFound);
    }

    /** The same for a pairing found otherwise; empty when the viewer is none of the three. */
    public Optional<State> state(MenteeFacts.Found found, String viewer) {
        if (!found.isMentee(viewer) && !found.isManager(viewer) && !found.isMentor(viewer)) {
            return Optional.empty();
        }
        return state(found, viewer, facts.store().findExpectations(found.pairing().id()),
                facts.themesOf(found.pairing()));
    }

    /**
     * The same from the pairing's meetings (oldest first) and learning themes read already, for a caller reading
     * many pairings at once; empty when the viewer is none of the three.
     */
    Optional<State> state(MenteeFacts.Found found, String viewer, List<ExpectationsMeeting> meetings,
            List<LearningTheme> themes) {
        boolean mentee = found.isMentee(viewer);
        boolean manager = found.isManager(viewer);
        if (!mentee && !manager && !found.isMentor(viewer)) {
            return Optional.empty();
        }
        Optional<ExpectationsMeeting> current = meetings.stream()
                .filter(m -> m.managerKey().equals(found.manager())).findFirst();
        Optional<ExpectationsMeeting> latest = current.or(() -> meetings.isEmpty() ? Optional.empty()
                : Optional.of(meetings.get(meetings.size() - 1)));
        ExpectationsMeeting shown = mentee ? latest.orElse(null) : manager ? current.orElse(null) : null;
        boolean held = manager ? current.isPresent() : latest.isPresent();
        boolean open = found.pairing().state() == PairingState.ACTIVE && found.manager() != null;
        return Optional.of(new State(found.pairing().id(), found.pairing().version(), held,
                held ? (manager ? current.get() : latest.get()).heldOn() : null, shown, themes,
                facts.name(found.manager()), open && (mentee || manager)));
    }

    /**
     * The mentee or their current manager records the meeting (or edits it at the version read; 0 for a new one).
     * The record belongs to the mentee and the manager the org chart names now.
     */
    public State record(int pairingId, int version, Form form) {
        String viewer = facts.signedIn();
        return facts.inTransaction(() -> {
            MenteeFacts.Found found = facts.pairing(pairingId)
                    .filter(f -> f.isMentee(viewer) || f.isManager(viewer)).orElseThrow(LearningRefusals::notFound);
            if (found.pairing().state() != PairingState.ACTIVE) {
                throw new Refusal.Conflict(LearningRefusals.STATE);
            }
            if (found.manager() == null) {
                throw new Refusal.Conflict(LearningRefusals.NO_MANAGER);
            }
            if (form.heldOn() == null) {
                throw LearningRefusals.invalid("heldOn", LearningRefusals.FIELD + "held-on.required");
            }
            if (form.heldOn().isAfter(LocalDate.now(clock))) {
                throw LearningRefusals.invalid("heldOn", LearningRefusals.FIELD + "held-on.future");
            }
            Set<Integer> offered = facts.themesOf(found.pairing()).stream().map(LearningTheme::id)
                    .collect(Collectors.toSet());
            List<Integer> themes = form.themeIds() == null ? List.of() : form.themeIds().stream().distinct()
                    .toList();
            if (!offered.containsAll(themes)) {
                throw LearningRefusals.invalid("themeIds", LearningRefusals.FIELD + "theme");
            }
            String notes = trimmed(form.notes());
            if (notes != null && notes.length() > ExpectationsMeeting.MAX_TEXT) {
                throw LearningRefusals.invalid("notes", LearningRefusals.FIELD + "text.long",
                        ExpectationsMeeting.MAX_TEXT);
            }
            facts.store().saveExpectations(new ExpectationsMeeting(0, pairingId, found.pairing().menteeKey(),
                    found.manager(), form.heldOn(), themes, trimmed(form.supportTime()),
                    trimmed(form.supportTasks()), notes, viewer, clock.instant(), 0), version);
            return state(found, viewer).orElseThrow();
        });
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
