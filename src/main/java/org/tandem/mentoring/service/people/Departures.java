package org.tandem.mentoring.service.people;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.StaleVersionException;

/**
 * What happens to a person's part in Tandem when their account is deactivated or removed: applications still open
 * are withdrawn (so nobody is matched with a person who has left); their staged proposals are dropped, proposals
 * waiting for their answer are declined in their name, active pairings end (the other side can be matched again);
 * and a removed person leaves the org chart. What waited for them as a manager goes on without them: their reports'
 * applications go to the coordinators and their acknowledgements are skipped. Every step is logged with the reason.
 * The host may announce one departure more than once (Confluence's and Crowd's events for the same change): a
 * repeated call changes nothing. {@link #reconcile()} catches up on whatever no event released.
 */
@Named
public class Departures {

    static final String DEACTIVATED = "Released by Tandem: the account was deactivated.";
    static final String REMOVED = "Released by Tandem: the account was removed.";
    static final String NO_MANAGER = "Moved to the coordinators by Tandem: the manager is no longer active.";
    static final String MANAGER_GONE = "the manager is no longer active";
    /** Who the decision log names for a step Tandem took itself. */
    static final String ACTOR = "tandem";

    /** What one reconciliation changed. */
    public record Reconciled(int applications, int acknowledgements) {

        public int total() {
            return applications + acknowledgements;
        }
    }

    private static final Set<ParticipantState> OPEN = EnumSet.of(ParticipantState.APPLIED,
            ParticipantState.AWAITING_MANAGER, ParticipantState.AWAITING_COORDINATOR, ParticipantState.APPROVED);

    private final ParticipantRepository participants;
    private final PairingStore pairings;
    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Inject
    public Departures(ParticipantRepository participants, PairingStore pairings, OrgChartRepository orgChart,
            HostUsers users, TransactionTemplate transactions, HostClock hostClock) {
        this(participants, pairings, orgChart, users, transactions, hostClock.clock());
    }

    Departures(ParticipantRepository participants, PairingStore pairings, OrgChartRepository orgChart,
            HostUsers users, TransactionTemplate transactions, Clock clock) {
        this.participants = participants;
        this.pairings = pairings;
        this.orgChart = orgChart;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Withdraws the person's open applications and releases their pairings; returns how many records changed. */
    public int deactivated(String userKey) {
        return transactions.execute(() -> withdrawOpen(userKey, DEACTIVATED)
                + releasePairings(userKey, DEACTIVATED) + releaseReports(userKey).total());
    }

    /** As {@link #deactivated}, and takes the person out of the org chart. */
    public int removed(String userKey) {
        return transactions.execute(() -> {
            int changed = withdrawOpen(userKey, REMOVED) + releasePairings(userKey, REMOVED)
                    + releaseReports(userKey).total();
            orgChart.remove(List.of(userKey));
            return changed;
        });
    }

    /**
     * Goes on without every manager who is gone or deactivated: applications waiting for such a manager go to the
     * coordinators, and pairings waiting for their acknowledgement skip it. Running it again changes nothing.
     */
    public Reconciled reconcile() {
        return transactions.execute(() -> {
            List<Participant> waiting = participants.findByState(ParticipantState.AWAITING_MANAGER);
            List<Pairing> unacknowledged = pairings.findWaitingForManager();
            Set<String> keys = new LinkedHashSet<>();
            waiting.forEach(participant -> keys.add(participant.userKey()));
            unacknowledged.forEach(pairing -> keys.add(pairing.menteeKey()));
            if (keys.isEmpty()) {
                return new Reconciled(0, 0);
            }
            Map<String, String> managers = Managers.managersOf(orgChart.snapshot(List.copyOf(keys)), keys, users);
            return release(waiting.stream().filter(p -> !managers.containsKey(p.userKey())).toList(),
                    unacknowledged.stream().filter(p -> !managers.containsKey(p.menteeKey())).toList());
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

    /** What waited for {@code managerKey}, who is leaving, from their direct reports in the org chart. */
    private Reconciled releaseReports(String managerKey) {
        List<Participant> waiting = new ArrayList<>();
        List<Pairing> unacknowledged = new ArrayList<>();
        for (OrgPerson report : orgChart.findDirectReports(managerKey)) {
            participants.findByUser(report.userKey()).stream()
                    .filter(p -> p.state() == ParticipantState.AWAITING_MANAGER).forEach(waiting::add);
            pairings.findByPerson(report.userKey()).stream()
                    .filter(p -> report.userKey().equals(p.menteeKey()) && p.waitsFor(Party.MANAGER))
                    .forEach(unacknowledged::add);
        }
        return release(waiting, unacknowledged);
    }

    private Reconciled release(List<Participant> waiting, List<Pairing> unacknowledged) {
        Instant now = clock.instant();
        int applications = 0;
        for (Participant participant : waiting) {
            participants.decide(participant.id(), participant.version(), ParticipantState.AWAITING_COORDINATOR,
                    ACTOR, now, NO_MANAGER);
            applications++;
        }
        for (Pairing pairing : unacknowledged) {
            pairings.save(pairing.managerSkipped(), PairingEventType.MANAGER_SKIPPED, ACTOR, now, MANAGER_GONE);
        }
        return new Reconciled(applications, unacknowledged.size());
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
