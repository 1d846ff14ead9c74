package org.tandem.mentoring.service.pairing;

import static org.tandem.mentoring.service.pairing.PairingRefusals.FIELD;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The answers to a published pairing and its end. The mentee and the mentor accept or decline; the mentee's direct
 * manager (from the org chart when the pairing was published) acknowledges, and when the org chart names no
 * manager the step was skipped at publishing; where the programme asks for sponsor approval a sponsor approves or
 * declines. For now the sponsor is any coordinator of the programme who is not one of the pair. When every consent
 * is in the pairing is {@code ACTIVE} and takes one of the mentor's places, which are never exceeded (see
 * {@link PairingStore}). A decline makes it {@code DECLINED}; both people are free for the next run. Either side
 * ends an active pairing with a reason (no blame is recorded) and can be matched again. Steps on a stale version
 * fail with a conflict and write nothing.
 */
@Named
public class PairingConsents {

    private final PairingGate gate;
    private final PairingStore pairings;
    private final PairingViews views;
    private final Clock clock;
    private final List<ActivePairingListener> listeners;

    @Inject
    public PairingConsents(ProgrammeGate gate, ProgrammeRepository programmes, PairingStore pairings,
            OrgChartRepository orgChart, HostUsers users, List<ActivePairingListener> listeners,
            HostClock hostClock) {
        this(gate, programmes, pairings, orgChart, users, hostClock.clock(), listeners);
    }

    PairingConsents(ProgrammeGate gate, ProgrammeRepository programmes, PairingStore pairings,
            OrgChartRepository orgChart, HostUsers users, Clock clock) {
        this(gate, programmes, pairings, orgChart, users, clock, List.of());
    }

    PairingConsents(ProgrammeGate gate, ProgrammeRepository programmes, PairingStore pairings,
            OrgChartRepository orgChart, HostUsers users, Clock clock, List<ActivePairingListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.gate = new PairingGate(gate, programmes, pairings, new PairingManagers(orgChart, users, pairings));
        this.pairings = pairings;
        this.views = new PairingViews(users);
        this.clock = clock;
    }

    /**
     * Answers a proposed pairing: the mentee or mentor {@code ACCEPT}s or {@code DECLINE}s, the mentee's manager
     * {@code ACKNOWLEDGE}s, a sponsor {@code APPROVE}s or {@code DECLINE}s. {@code reason} is kept with a decline.
     */
    public PairingView answer(int pairingId, int version, ConsentAnswer answer, String reason) {
        String viewer = gate.signedIn();
        if (answer == null) {
            throw PairingRefusals.invalid("answer", FIELD + "answer.invalid");
        }
        String why = PairingGate.reason(reason);
        PairingView result = gate.inTransaction(() -> {
            PairingGate.Found found = gate.find(pairingId, viewer);
            PairingAccess access = found.access();
            Party party = access.partyFor(answer);
            requireOpen(found);
            Pairing pairing = access.pairing();
            if (!pairing.waitsFor(party)) {
                throw new Refusal.Conflict(PairingRefusals.STATE);
            }
            Consent consent = answer == ConsentAnswer.DECLINE ? Consent.DECLINED : Consent.GIVEN;
            Instant now = clock.instant();
            Pairing answered = pairing.atVersion(version).withConsent(party, consent, viewer, why)
                    .decidedBy(viewer, now);
            Pairing saved = pairings.save(answered, eventFor(party, consent), viewer, now, why);
            return views.view(access.with(saved));
        });
        if (result.state() == PairingState.ACTIVE) {
            pairings.findById(pairingId).filter(p -> p.state() == PairingState.ACTIVE)
                    .ifPresent(p -> listeners.forEach(listener -> listener.activated(p)));
        }
        return result;
    }

    /** Either side ends an active pairing, with a reason; both can be matched again. */
    public PairingView end(int pairingId, int version, String reason) {
        String viewer = gate.signedIn();
        String why = PairingGate.reason(reason);
        if (why == null) {
            throw PairingRefusals.invalid("reason", FIELD + "reason.required");
        }
        return gate.inTransaction(() -> {
            PairingGate.Found found = gate.find(pairingId, viewer);
            PairingAccess access = found.access();
            if (!access.isPair()) {
                throw PairingRefusals.forbidden("not-pair");
            }
            requireOpen(found);
            if (access.pairing().state() != PairingState.ACTIVE) {
                throw new Refusal.Conflict(PairingRefusals.STATE);
            }
            Instant now = clock.instant();
            Pairing saved = pairings.save(access.pairing().atVersion(version).ended(why).decidedBy(viewer, now),
                    PairingEventType.ENDED, viewer, now, why);
            return views.view(access.with(saved));
        });
    }

    /** Nothing about a pairing changes once its programme is archived. */
    private static void requireOpen(PairingGate.Found found) {
        if (found.programme().phase().isFinal()) {
            throw new Refusal.Conflict(PairingRefusals.ARCHIVED);
        }
    }

    private static PairingEventType eventFor(Party party, Consent consent) {
        boolean yes = consent == Consent.GIVEN;
        return switch (party) {
            case MENTEE -> yes ? PairingEventType.MENTEE_ACCEPTED : PairingEventType.MENTEE_DECLINED;
            case MENTOR -> yes ? PairingEventType.MENTOR_ACCEPTED : PairingEventType.MENTOR_DECLINED;
            case MANAGER -> PairingEventType.MANAGER_ACKNOWLEDGED;
            case SPONSOR -> yes ? PairingEventType.SPONSOR_APPROVED : PairingEventType.SPONSOR_DECLINED;
        };
    }
}
