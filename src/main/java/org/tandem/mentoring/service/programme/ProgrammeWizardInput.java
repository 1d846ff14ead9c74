package org.tandem.mentoring.service.programme;

import java.util.Collection;
import java.util.Map;

/**
 * What the "Mentoring programme" space blueprint's wizard asked for, as raw text: the space's name and key come from
 * the space Confluence created, the rest from the wizard's form fields (their names are the constants below).
 */
public record ProgrammeWizardInput(String name, String spaceKey, String type, String startDate,
                                   String durationMonths, String cadence, String purpose, String goals,
                                   boolean openEnrolment) {

    public static final String TYPE = "programmeType";
    public static final String START_DATE = "startDate";
    public static final String DURATION_MONTHS = "durationMonths";
    public static final String CADENCE = "cadence";
    public static final String PURPOSE = "purpose";
    public static final String GOALS = "goals";
    public static final String OPEN_ENROLMENT = "openEnrolment";

    /** Reads the wizard's fields from a blueprint context; a multi-valued field counts by its first value. */
    public static ProgrammeWizardInput fromContext(String name, String spaceKey, Map<String, ?> context) {
        Map<String, ?> c = context == null ? Map.of() : context;
        String open = text(c.get(OPEN_ENROLMENT));
        return new ProgrammeWizardInput(name, spaceKey, text(c.get(TYPE)), text(c.get(START_DATE)),
                text(c.get(DURATION_MONTHS)), text(c.get(CADENCE)), text(c.get(PURPOSE)), text(c.get(GOALS)),
                open != null && (open.equalsIgnoreCase("true") || open.equalsIgnoreCase("on")));
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> many) {
            return many.isEmpty() ? null : text(many.iterator().next());
        }
        if (value instanceof Object[] array) {
            return array.length == 0 ? null : text(array[0]);
        }
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }
}
