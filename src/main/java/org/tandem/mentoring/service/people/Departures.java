package org.tandem.mentoring.service.people;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.StaleVersionException;

/**
 * What happens to a person's part in Tandem when their account is deactivated or removed: applications still open
 * are withdrawn (so nobody is matched with a person who has left), and a removed person leaves the org chart.
 */
@Named
public class Departures {

    static final String DEACTIVATED = "Withdrawn by Tandem: the account was deactivated.";
    static final String REMOVED = "Withdrawn by Tandem: the account was removed.";

    private static final Set<ParticipantState> OPEN = EnumSet.of(ParticipantState.APPLIED,
            ParticipantState.AWAITING_MANAGER, ParticipantState.AWAITING_COORDINATOR, ParticipantState.APPROVED);

    private final ParticipantRepository participants;
    private final OrgChartRepository orgChart;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Inject
    public Departures(ParticipantRepository participants, OrgChartRepository orgChart,
            TransactionTemplate transactions) {
        this(participants, orgChart, transactions, Clock.systemUTC());
    }

    Departures(ParticipantRepository participants, OrgChartRepository orgChart, TransactionTemplate transactions,
            Clock clock) {
        this.participants = participants;
        this.orgChart = orgChart;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Withdraws the person's open applications; returns how many. */
    public int deactivated(String userKey) {
        return transactions.execute(() -> withdrawOpen(userKey, DEACTIVATED));
    }

    /** Withdraws the person's open applications and takes them out of the org chart; returns how many withdrawn. */
    public int removed(String userKey) {
        return transactions.execute(() -> {
            int withdrawn = withdrawOpen(userKey, REMOVED);
            orgChart.remove(List.of(userKey));
            return withdrawn;
        });
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
