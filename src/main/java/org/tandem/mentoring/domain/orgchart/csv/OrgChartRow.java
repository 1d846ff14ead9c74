package org.tandem.mentoring.domain.orgchart.csv;

/**
 * One data row of an org chart file as read, values stripped of surrounding blanks; an absent column or empty
 * value is the empty string, never null. The level stays text so that the preview can show what the file says.
 *
 * @param line the 1-based file line where the row starts
 */
public record OrgChartRow(int line, String user, String manager, String department, String level, String location,
        String language) {

    public OrgChartRow {
        user = nonNull(user);
        manager = nonNull(manager);
        department = nonNull(department);
        level = nonNull(level);
        location = nonNull(location);
        language = nonNull(language);
    }

    public String value(OrgChartColumn column) {
        return switch (column) {
            case USER -> user;
            case MANAGER -> manager;
            case DEPARTMENT -> department;
            case LEVEL -> level;
            case LOCATION -> location;
            case LANGUAGE -> language;
        };
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
