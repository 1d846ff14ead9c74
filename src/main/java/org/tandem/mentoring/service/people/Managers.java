package org.tandem.mentoring.service.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;

/**
 * Who is a person's manager for a programme: the org chart's direct manager, if the host still knows them and their
 * account is active: a deactivated manager can no longer act, so they count as no manager at all; and which
 * applications wait for a manager.
 */
public final class Managers {

    private Managers() {
    }

    /** The direct manager in {@code chart} if the host still knows them and they are active, otherwise null. */
    public static String managerOf(OrgChart chart, String userKey, HostUsers users) {
        String manager = chart.managerOf(userKey);
        return manager != null && users.exists(manager) && !users.isDeactivated(manager) ? manager : null;
    }

    /**
     * The same for many people in one chart: person to manager, for those who have one. The host is asked once
     * per distinct manager, however many reports they have in the list.
     */
    public static Map<String, String> managersOf(OrgChart chart, Collection<String> userKeys, HostUsers users) {
        Map<String, Boolean> counts = new HashMap<>();
        Map<String, String> managers = new HashMap<>();
        for (String userKey : userKeys) {
            String manager = chart.managerOf(userKey);
            if (manager != null && counts.computeIfAbsent(manager,
                    key -> users.exists(key) && !users.isDeactivated(key))) {
                managers.put(userKey, manager);
            }
        }
        return managers;
    }

    /**
     * The enrolments in a programme that wait for {@code managerKey} as their direct manager: only their direct
     * reports in the org chart can, so the team is all it reads.
     */
    public static List<Participant> awaitingApproval(OrgChartRepository orgChart, ParticipantRepository participants,
            int programmeId, String managerKey) {
        List<String> team = orgChart.findDirectReports(managerKey).stream().map(OrgPerson::userKey).toList();
        return team.isEmpty() ? List.of()
                : participants.findByProgrammeStateAndUsers(programmeId, ParticipantState.AWAITING_MANAGER, team);
    }

    /** The same for one person, read from the stored chart. */
    public static String managerOf(OrgChartRepository orgChart, String userKey, HostUsers users) {
        return userKey == null ? null : managerOf(orgChart.snapshot(List.of(userKey)), userKey, users);
    }
}
