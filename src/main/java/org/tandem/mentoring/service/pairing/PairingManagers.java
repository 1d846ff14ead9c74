package org.tandem.mentoring.service.pairing;

import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.people.Managers;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;

/**
 * The manager of a published pairing is the mentee's manager in the org chart now (see {@link Managers}), not the
 * one stored at publish: after a reorganisation the new manager sees the pairing and acknowledges it, the former
 * one no longer does. The stored value stays for the record.
 */
final class PairingManagers {

    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final PairingStore pairings;

    PairingManagers(OrgChartRepository orgChart, HostUsers users, PairingStore pairings) {
        this.orgChart = orgChart;
        this.users = users;
        this.pairings = pairings;
    }

    Pairing current(Pairing pairing) {
        return current(List.of(pairing)).get(0);
    }

    /** The pairings with their current managers; one org chart read for all of them. */
    List<Pairing> current(List<Pairing> found) {
        List<String> mentees = found.stream().filter(PairingManagers::published).map(Pairing::menteeKey).distinct()
                .toList();
        if (mentees.isEmpty()) {
            return found;
        }
        Map<String, String> managers = Managers.managersOf(orgChart, mentees, users);
        return found.stream().map(p -> published(p) ? p.withManager(managers.get(p.menteeKey())) : p).toList();
    }

    /** The pairings of the people who report to {@code managerKey} now, with their current managers. */
    List<Pairing> ofReports(String managerKey) {
        List<String> reports = orgChart.findDirectReports(managerKey).stream().map(OrgPerson::userKey).toList();
        return reports.isEmpty() ? List.of() : current(pairings.findByMentees(reports));
    }

    private static boolean published(Pairing pairing) {
        return pairing.state() != PairingState.STAGED;
    }
}
