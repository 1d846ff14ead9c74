package org.tandem.mentoring.service.orgchart;

import jakarta.inject.Named;
import org.tandem.mentoring.host.HostUsers;

/**
 * Who may preview and import the org chart: Confluence administrators (administrator or system administrator)
 * only. The chart decides who approves and reads applications in every programme, so neither programme
 * coordinators nor the coordinator group may change it.
 */
@Named
public class OrgChartAdmins {

    private final HostUsers users;

    public OrgChartAdmins(HostUsers users) {
        this.users = users;
    }

    public boolean mayImport(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return false;
        }
        return users.isAdmin(userKey);
    }
}
