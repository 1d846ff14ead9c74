package org.tandem.mentoring.domain.programme;

/**
 * A learning theme a mentee asks for or a mentor offers.
 *
 * @param programmeId the programme that owns the theme, or null for the default taxonomy
 * @param category    a stable category key, for example {@code new-in-role}
 * @param name        the theme as the coordinator wrote it
 */
public record LearningTheme(int id, int version, Integer programmeId, String category, String name) {

    public static LearningTheme of(Integer programmeId, String category, String name) {
        return new LearningTheme(0, 0, programmeId, category, name);
    }

    public boolean isDefaultTaxonomy() {
        return programmeId == null;
    }
}
