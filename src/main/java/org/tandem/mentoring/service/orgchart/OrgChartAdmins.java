package org.tandem.mentoring.service.orgchart;

import jakarta.inject.Named;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Who may import the org chart: Confluence administrators (administrator or system administrator), members of the
 * coordinator group, and the coordinators of any programme (the administrators of a programme space). Call it
 * inside a transaction: it reads the programmes.
 */
@Named
public class OrgChartAdmins {

    private final HostUsers users;
    private final HostSettings settings;
    private final ProgrammeRepository programmes;
    private final Coordinators coordinators;

    public OrgChartAdmins(HostUsers users, HostSettings settings, ProgrammeRepository programmes,
            Coordinators coordinators) {
        this.users = users;
        this.settings = settings;
        this.programmes = programmes;
        this.coordinators = coordinators;
    }

    public boolean mayImport(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return false;
        }
        if (users.isAdmin(userKey)) {
            return true;
        }
        if (settings.coordinatorGroup().map(group -> users.isInGroup(userKey, group)).orElse(false)) {
            return true;
        }
        for (Programme programme : programmes.findAll()) {
            if (coordinators.coordinates(userKey, programme)) {
                return true;
            }
        }
        return false;
    }
}
