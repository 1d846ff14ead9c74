package org.tandem.mentoring.service.learning;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.domain.learning.Fit;
import org.tandem.mentoring.domain.learning.FitAnswer;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.service.Refusal;

/**
 * "Is this a good fit?" once the pairing's first session has begun: each member answers for themself and reads
 * only their own answer. "Not a good fit" from either side ends the pairing without blame: the decision log names
 * no person ({@link #ACTOR}), the end reason is the same whoever asked, and the pair's views never show a reason to
 * the other side. An ended pairing holds nobody, so both are in the pool of the next matching run; the coordinator
 * sees that a rematch is needed, not who asked.
 */
@Named
public class FitChecks {

    /** Who the decision log names for an end asked for by a fit answer: nobody in particular. */
    public static final String ACTOR = "tandem:fit-check";
    /** The end reason a coordinator reads, the same whichever side asked. */
    public static final String END_REASON = "Not a good fit after the first session: a rematch is needed.";

    /** The question as one member sees it. */
    public record Question(int pairingId, boolean asked, Fit ownAnswer, boolean ended) {
    }

    private final MenteeFacts facts;
    private final Clock clock;

    @Inject
    public FitChecks(MenteeFacts facts, HostClock hostClock) {
        this(facts, hostClock.clock());
    }

    FitChecks(MenteeFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** The question for a member of the pairing; "not found" for anybody else. */
    public Question question(int pairingId) {
        String viewer = facts.signedIn();
        MenteeFacts.Found found = facts.pairing(pairingId).filter(f -> f.isMentee(viewer) || f.isMentor(viewer))
                .orElseThrow(LearningRefusals::notFound);
        return question(found, viewer);
    }

    public Question question(MenteeFacts.Found found, String viewer) {
        Pairing pairing = found.pairing();
        boolean passed = facts.firstSessionPassed(pairing.id(), clock.instant());
        Fit own = facts.store().findFit(pairing.id(), viewer).map(FitAnswer::answer).orElse(null);
        return new Question(pairing.id(), passed && pairing.state() == PairingState.ACTIVE, own,
                pairing.state() == PairingState.ENDED);
    }

    /** A member answers; "not a good fit" ends the pairing. */
    public Question answer(int pairingId, Fit answer) {
        String viewer = facts.signedIn();
        if (answer == null) {
            throw LearningRefusals.invalid("answer", LearningRefusals.FIELD + "answer");
        }
        return facts.inTransaction(() -> {
            MenteeFacts.Found found = facts.pairing(pairingId)
                    .filter(f -> f.isMentee(viewer) || f.isMentor(viewer)).orElseThrow(LearningRefusals::notFound);
            Pairing pairing = found.pairing();
            if (pairing.state() != PairingState.ACTIVE || found.programme().phase().isFinal()) {
                throw new Refusal.Conflict(LearningRefusals.STATE);
            }
            Instant now = clock.instant();
            if (!facts.firstSessionPassed(pairingId, now)) {
                throw new Refusal.Conflict(LearningRefusals.TOO_EARLY);
            }
            facts.store().answerFit(pairingId, viewer, answer, now);
            if (answer == Fit.NOT_A_FIT) {
                facts.pairings().save(pairing.ended(END_REASON).decidedBy(null, now), PairingEventType.ENDED,
                        ACTOR, now, null);
            }
            return question(facts.pairing(pairingId).orElseThrow(), viewer);
        });
    }

    /** A coordinator's list of the programme's pairings ended by a fit answer (a rematch is needed). */
    public Set<Integer> rematchesNeeded(int programmeId) {
        String viewer = facts.signedIn();
        Programme programme = facts.pairingsProgramme(programmeId).filter(p -> facts.coordinates(viewer, p))
                .orElseThrow(LearningRefusals::notFound);
        return rematchesOf(programme);
    }

    /** The same, for a caller that already checked the viewer coordinates the programme: two queries. */
    public Set<Integer> rematchesOf(Programme programme) {
        List<Integer> ended = facts.pairings().findByProgrammeAndStates(programme.id(), Set.of(PairingState.ENDED))
                .stream().map(Pairing::id).toList();
        return facts.store().pairingsNotAFit(ended);
    }

    Optional<String> viewer() {
        return facts.viewer();
    }
}
