package org.tandem.mentoring.service.pairing;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;

/**
 * Who may see and do what with one pairing: the pairing, the person asking and whether they coordinate its
 * programme decide everything. Coordinators see every pairing of their programme; the mentee and the mentor see
 * their own pairing once it is published; the mentee's manager sees that the report is paired; a coordinator who
 * is not one of the pair answers as sponsor where the pairing asks for one. A declined or ended pairing is not the
 * manager's to see. Everybody else sees nothing.
 */
public final class PairingAccess {

    private final Pairing pairing;
    private final String viewer;
    private final boolean coordinator;

    public PairingAccess(Pairing pairing, String viewer, boolean coordinator) {
        this.pairing = pairing;
        this.viewer = viewer;
        this.coordinator = coordinator;
    }

    public Pairing pairing() {
        return pairing;
    }

    /** The same person's access to the pairing after a change. */
    public PairingAccess with(Pairing changed) {
        return new PairingAccess(changed, viewer, coordinator);
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    /** The viewer is the mentee or the mentor of a published pairing. */
    public boolean isPair() {
        return pairing.state() != PairingState.STAGED && involves(pairing, viewer);
    }

    /**
     * The viewer is the mentee's manager on a pairing that is proposed or running: the manager learns that the report
     * is paired, never that a pairing was declined or ended.
     */
    public boolean isManager() {
        return (pairing.state() == PairingState.PROPOSED || pairing.state() == PairingState.ACTIVE)
                && viewer.equals(pairing.managerKey());
    }

    /** A coordinator who may answer as sponsor: never one of the pair. */
    public boolean isSponsor() {
        return coordinator && !involves(pairing, viewer) && pairing.sponsorConsent() != Consent.NOT_REQUIRED;
    }

    /**
     * The viewer may read why the pairing was declined or ended, and who took that step: the coordinators and the
     * person who wrote the reason. The other side of the pair sees only that it did not go ahead or has ended.
     */
    public boolean mayReadReason() {
        return coordinator || viewer.equals(pairing.decidedBy());
    }

    public boolean mayView() {
        return coordinator || isPair() || isManager();
    }

    /** How much of the pairing the viewer sees; meaningful only when {@link #mayView()}. */
    public Audience audience() {
        return coordinator ? Audience.COORDINATOR : isPair() ? Audience.PARTICIPANT : Audience.MANAGER;
    }

    public void requireCoordinator() {
        if (!coordinator) {
            throw PairingRefusals.forbidden("not-coordinator");
        }
    }

    /** The party the viewer answers for; "forbidden" when the answer is not theirs to give. */
    public Party partyFor(ConsentAnswer answer) {
        Party own = isPair() ? own() : null;
        return switch (answer) {
            case ACCEPT -> require(own, "not-pair");
            case DECLINE -> own != null ? own : isSponsor() ? Party.SPONSOR : require(null, "not-pair");
            case ACKNOWLEDGE -> isManager() ? Party.MANAGER : require(null, "not-manager");
            case APPROVE -> isSponsor() ? Party.SPONSOR : require(null, "not-sponsor");
        };
    }

    /**
     * The party whose answer the pairing waits for from the viewer: their own as mentee or mentor, else the
     * manager's, else the sponsor's. Empty when nothing waits for them.
     */
    public Optional<Party> awaiting() {
        if (involves(pairing, viewer) && pairing.waitsFor(own())) {
            return Optional.of(own());
        }
        if (viewer.equals(pairing.managerKey()) && pairing.waitsFor(Party.MANAGER)) {
            return Optional.of(Party.MANAGER);
        }
        if (isSponsor() && pairing.waitsFor(Party.SPONSOR)) {
            return Optional.of(Party.SPONSOR);
        }
        return Optional.empty();
    }

    /** What the viewer may do with the pairing now. */
    public Set<PairingAction> actions() {
        Set<PairingAction> actions = EnumSet.noneOf(PairingAction.class);
        PairingState state = pairing.state();
        if (coordinator && state == PairingState.STAGED) {
            actions.add(PairingAction.REMOVE);
            actions.add(PairingAction.SWAP);
        }
        if (isPair()) {
            if (pairing.waitsFor(own())) {
                actions.add(PairingAction.ACCEPT);
                actions.add(PairingAction.DECLINE);
            }
            if (state == PairingState.ACTIVE) {
                actions.add(PairingAction.END);
            }
        }
        if (isManager() && pairing.waitsFor(Party.MANAGER)) {
            actions.add(PairingAction.ACKNOWLEDGE);
        }
        if (isSponsor() && pairing.waitsFor(Party.SPONSOR)) {
            actions.add(PairingAction.APPROVE);
            actions.add(PairingAction.DECLINE);
        }
        return actions;
    }

    /** The viewer is the mentee or the mentor, whatever the state. */
    static boolean involves(Pairing pairing, String viewer) {
        return viewer.equals(pairing.menteeKey()) || viewer.equals(pairing.mentorKey());
    }

    /** The viewer's own side of the pair, or null when they are neither the mentee nor the mentor. */
    Party ownParty() {
        return involves(pairing, viewer) ? own() : null;
    }

    private Party own() {
        return viewer.equals(pairing.menteeKey()) ? Party.MENTEE : Party.MENTOR;
    }

    private static Party require(Party party, String why) {
        if (party == null) {
            throw PairingRefusals.forbidden(why);
        }
        return party;
    }
}
