package org.tandem.mentoring.service.pairing;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tandem.mentoring.domain.matching.HardRule;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.MentorCapacityException;
import org.tandem.mentoring.store.MentorSeatContentionException;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * The {@link ProgrammeGate} in the words of pairings: who is asking, the programme or pairing they may see, and
 * one transaction with the store's refusals translated. A step that lost a mentor's place to a concurrent step
 * runs again in a new transaction (its own data was not stale), a few times at most.
 */
final class PairingGate {

    static final int MAX_REASON = 4000;
    private static final Set<ProgrammePhase> MATCHING_PHASES = EnumSet.of(ProgrammePhase.MATCHING,
            ProgrammePhase.RUNNING);
    /** Whole-transaction attempts when a concurrent step took a mentor's place first. */
    private static final int ATTEMPTS = 5;

    private final ProgrammeGate gate;
    private final ProgrammeRepository programmes;
    private final PairingStore pairings;
    private final PairingManagers managers;

    PairingGate(ProgrammeGate gate, ProgrammeRepository programmes, PairingStore pairings, PairingManagers managers) {
        this.gate = gate;
        this.programmes = programmes;
        this.pairings = pairings;
        this.managers = managers;
    }

    /** A pairing the viewer may see, the viewer's access to it, and its programme. */
    record Found(PairingAccess access, Programme programme) {

        Pairing pairing() {
            return access.pairing();
        }
    }

    String signedIn() {
        return gate.signedIn(PairingRefusals.FORBIDDEN + "sign-in");
    }

    boolean coordinates(String viewer, Programme programme) {
        return gate.coordinates(viewer, programme);
    }

    /** The programme, if the viewer may see its space or coordinates it; otherwise "not found". */
    Programme visible(int programmeId, String viewer) {
        return gate.visible(programmeId, viewer, () -> PairingRefusals.programmeNotFound(programmeId));
    }

    /** A programme the viewer coordinates: "not found" if they cannot see it, "forbidden" if they only see it. */
    Programme coordinated(int programmeId, String viewer) {
        return gate.coordinated(programmeId, viewer, () -> PairingRefusals.programmeNotFound(programmeId),
                PairingRefusals.FORBIDDEN + "not-coordinator");
    }

    /**
     * The pairing, with the mentee's current manager, and the viewer's relation to it; "not found" for anybody
     * without one.
     */
    Found find(int pairingId, String viewer) {
        Pairing pairing = managers.current(pairings.findById(pairingId)
                .orElseThrow(() -> PairingRefusals.pairingNotFound(pairingId)));
        Programme programme = programmes.findById(pairing.programmeId())
                .orElseThrow(() -> PairingRefusals.pairingNotFound(pairingId));
        PairingAccess access = new PairingAccess(pairing, viewer, gate.coordinates(viewer, programme));
        if (!access.mayView()) {
            throw PairingRefusals.pairingNotFound(pairingId);
        }
        return new Found(access, programme);
    }

    /** Runs {@code work} in a transaction, again after a lost race for a mentor's place. */
    <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gate.inTransaction(work, PairingGate::translate);
            } catch (MentorSeatContentionException e) {
                if (attempt >= ATTEMPTS) {
                    throw new Refusal.Conflict(PairingRefusals.STALE);
                }
            }
        }
    }

    static boolean matchingOpen(Programme programme) {
        return MATCHING_PHASES.contains(programme.phase());
    }

    /** A reason as given, stripped; null when blank; "invalid" when longer than the store keeps. */
    static String reason(String text) {
        String why = ProgrammeGate.trim(text);
        if (why != null && why.length() > MAX_REASON) {
            throw PairingRefusals.invalid("reason", PairingRefusals.FIELD + "reason.long", MAX_REASON);
        }
        return why;
    }

    /** The engine's score of an allowed pair; a hard rule is a field error that no reason overrides. */
    static Proposal allowed(MatchingInput input, String menteeKey, String mentorKey, String field) {
        Optional<HardRule> broken = input.check(menteeKey, mentorKey);
        if (broken.isPresent()) {
            throw PairingRefusals.invalid(field, PairingRefusals.FIELD + "hard." + broken.get().name());
        }
        return input.describe(menteeKey, mentorKey);
    }

    /** The reason of a step; required when the pair has soft warnings. */
    static String reasonFor(boolean noWarnings, String reason) {
        String why = reason(reason);
        if (!noWarnings && why == null) {
            throw PairingRefusals.invalid("reason", PairingRefusals.FIELD + "reason.warnings");
        }
        return why;
    }

    private static Refusal translate(RuntimeException e) {
        if (e instanceof MentorCapacityException) {
            return new Refusal.Conflict(PairingRefusals.MENTOR_FULL);
        }
        if (e instanceof RecordNotFoundException missing) {
            return PairingRefusals.pairingNotFound(missing.id());
        }
        if (e instanceof StoreValidationException invalid) {
            String field = invalid.field();
            if (field.endsWith(".state") || field.endsWith(".mentorKey")) {
                return new Refusal.Conflict(PairingRefusals.STATE);
            }
            return PairingRefusals.invalid(field.substring(field.indexOf('.') + 1),
                    PairingRefusals.FIELD + "invalid.field");
        }
        if (e instanceof StaleVersionException) {
            return new Refusal.Conflict(PairingRefusals.STALE);
        }
        throw e;
    }
}
