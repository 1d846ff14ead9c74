package org.tandem.mentoring.service.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.PageLookups;
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

    /**
     * The direct managers in {@code chart} of many people who the host still knows and who are active: person to
     * manager, for those who have one. The host is asked once per distinct manager, however many reports they have
     * in the list.
     */
    public static Map<String, String> managersOf(OrgChart chart, Collection<String> userKeys, HostUsers users) {
        return managersOf(chart::managerOf, userKeys, users);
    }

    /**
     * The same read from the stored chart: only the people's own rows (their direct managers), one query per 500
     * people, not the chains above them.
     */
    public static Map<String, String> managersOf(OrgChartRepository orgChart, Collection<String> userKeys,
            HostUsers users) {
        Map<String, OrgPerson> found = orgChart.findByUserKeys(userKeys);
        return managersOf(key -> directManager(found.get(key)), userKeys, users);
    }

    private static Map<String, String> managersOf(Function<String, String> directManager,
            Collection<String> userKeys, HostUsers users) {
        Map<String, Boolean> counts = new HashMap<>();
        Map<String, String> managers = new HashMap<>();
        for (String userKey : userKeys) {
            String manager = directManager.apply(userKey);
            if (manager != null && counts.computeIfAbsent(manager,
                    key -> users.exists(key) && !users.isDeactivated(key))) {
                managers.put(userKey, manager);
            }
        }
        return managers;
    }

    /**
     * The enrolments in a programme that wait for {@code managerKey} as their direct manager: only their direct
     * reports in the org chart can, so the team is all it reads; once per page view (the programme overview and
     * the approvals both ask).
     */
    public static List<Participant> awaitingApproval(OrgChartRepository orgChart, ParticipantRepository participants,
            int programmeId, String managerKey) {
        return PageLookups.remembered(new AwaitingApproval(programmeId, managerKey), () -> {
            List<String> team = orgChart.findDirectReports(managerKey).stream().map(OrgPerson::userKey).toList();
            return team.isEmpty() ? List.of() : List.copyOf(participants.findByProgrammeStateAndUsers(programmeId,
                    ParticipantState.AWAITING_MANAGER, team));
        });
    }

    private record AwaitingApproval(int programmeId, String managerKey) {
    }

    /** The same for one person, read from their own row of the stored chart. */
    public static String managerOf(OrgChartRepository orgChart, String userKey, HostUsers users) {
        return userKey == null ? null : managersOf(orgChart, List.of(userKey), users).get(userKey);
    }

    private static String directManager(OrgPerson person) {
        return person == null || !person.hasManager() ? null : person.managerKey();
    }
}
