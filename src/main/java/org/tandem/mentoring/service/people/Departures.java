package org.tandem.mentoring.service.people;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.StaleVersionException;

/**
 * What happens to a person's part in Tandem when their account is deactivated or removed: applications still open
 * are withdrawn (so nobody is matched with a person who has left); their staged proposals are dropped, proposals
 * waiting for their answer are declined in their name, active pairings end (the other side can be matched again);
 * and a removed person leaves the org chart. Every step is logged with the reason. The host may announce one
 * departure more than once (Confluence's and Crowd's events for the same change): a repeated call changes nothing.
 */
@Named
public class Departures {

    static final String DEACTIVATED = "Released by Tandem: the account was deactivated.";
    static final String REMOVED = "Released by Tandem: the account was removed.";

    private static final Set<ParticipantState> OPEN = EnumSet.of(ParticipantState.APPLIED,
            ParticipantState.AWAITING_MANAGER, ParticipantState.AWAITING_COORDINATOR, ParticipantState.APPROVED);

    private final ParticipantRepository participants;
    private final PairingStore pairings;
    private final OrgChartRepository orgChart;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Inject
    public Departures(ParticipantRepository participants, PairingStore pairings, OrgChartRepository orgChart,
            TransactionTemplate transactions) {
        this(participants, pairings, orgChart, transactions, Clock.systemUTC());
    }

    Departures(ParticipantRepository participants, PairingStore pairings, OrgChartRepository orgChart,
            TransactionTemplate transactions, Clock clock) {
        this.participants = participants;
        this.pairings = pairings;
        this.orgChart = orgChart;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Withdraws the person's open applications and releases their pairings; returns how many records changed. */
    public int deactivated(String userKey) {
        return transactions.execute(() -> withdrawOpen(userKey, DEACTIVATED)
                + releasePairings(userKey, DEACTIVATED));
    }

    /** As {@link #deactivated}, and takes the person out of the org chart. */
    public int removed(String userKey) {
        return transactions.execute(() -> {
            int changed = withdrawOpen(userKey, REMOVED) + releasePairings(userKey, REMOVED);
            orgChart.remove(List.of(userKey));
            return changed;
        });
    }

    /** The user keys Tandem holds records of: everyone who ever enrolled and everyone in the org chart. */
    public Set<String> peopleOnRecord() {
        return transactions.execute(() -> {
            Set<String> keys = new LinkedHashSet<>(participants.findUserKeys());
            orgChart.findAll().forEach(person -> keys.add(person.userKey()));
            return keys;
        });
    }

    private int releasePairings(String userKey, String reason) {
        int changed = 0;
        Instant now = clock.instant();
        for (Pairing pairing : pairings.findByPerson(userKey)) {
            Party side = userKey.equals(pairing.menteeKey()) ? Party.MENTEE : Party.MENTOR;
            if (pairing.state() == PairingState.STAGED) {
                pairings.removeStaged(pairing.id(), pairing.version(), userKey, now, reason);
                changed++;
            } else if (pairing.waitsFor(side)) {
                pairings.save(pairing.withConsent(side, Consent.DECLINED, null, reason).decidedBy(userKey, now),
                        side == Party.MENTEE ? PairingEventType.MENTEE_DECLINED : PairingEventType.MENTOR_DECLINED,
                        userKey, now, reason);
                changed++;
            } else if (pairing.state() == PairingState.ACTIVE) {
                pairings.save(pairing.ended(reason).decidedBy(userKey, now), PairingEventType.ENDED, userKey, now,
                        reason);
                changed++;
            }
        }
        return changed;
    }

    private int withdrawOpen(String userKey, String reason) {
        int withdrawn = 0;
        for (Participant participant : participants.findByUser(userKey)) {
            if (OPEN.contains(participant.state())) {
                withdrawn += withdraw(participant, userKey, reason);
            }
        }
        return withdrawn;
    }

    /** One retry on a concurrent change: the departure must win over a decision taken at the same moment. */
    private int withdraw(Participant participant, String userKey, String reason) {
        try {
            participants.decide(participant.id(), participant.version(), ParticipantState.WITHDRAWN, userKey,
                    clock.instant(), reason);
            return 1;
        } catch (StaleVersionException e) {
            Participant fresh = participants.findById(participant.id()).orElse(null);
            if (fresh == null || !OPEN.contains(fresh.state())) {
                return 0;
            }
            participants.decide(fresh.id(), fresh.version(), ParticipantState.WITHDRAWN, userKey, clock.instant(),
                    reason);
            return 1;
        }
    }
}
