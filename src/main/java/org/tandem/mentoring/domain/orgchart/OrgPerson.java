package org.tandem.mentoring.domain.orgchart;

/**
 * One person in the organisation chart.
 *
 * @param userKey     the person's user key
 * @param managerKey  the direct manager's user key, or null at the top of the organisation
 * @param level       seniority level (higher is more senior)
 * @param displayName optional; the host's user directory stays the source of truth
 * @param title       optional job title
 */
public record OrgPerson(
        String userKey,
        String managerKey,
        String department,
        int level,
        String location,
        String language,
        String displayName,
        String title) {

    public static OrgPerson of(String userKey, String managerKey, String department, int level) {
        return new OrgPerson(userKey, managerKey, department, level, null, null, null, null);
    }

    public boolean hasManager() {
        return managerKey != null && !managerKey.isEmpty();
    }
}
