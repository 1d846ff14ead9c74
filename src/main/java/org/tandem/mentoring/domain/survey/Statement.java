package org.tandem.mentoring.domain.survey;

import java.util.List;

/**
 * An agreement statement of the mid-point and end surveys, scored 1 (completely disagree) to 5 (completely agree).
 * {@code key} names it in the answers: {@code default-1} and so on for the default set (whose words are messages,
 * {@code tandem.survey.item.default-1}, so each person reads them in their language), {@code s<id>} for one a
 * coordinator wrote, whose {@code text} is the coordinator's words (null for a default one).
 */
public record Statement(String key, String text) {

    /** Longest statement a coordinator may write. */
    public static final int MAX_LENGTH = 300;
    /** Most statements in a set. */
    public static final int MAX_COUNT = 12;

    /**
     * The default set: seed 002's two statements about the manager's support (default-1, default-2), then what
     * the programme gave the mentee.
     */
    public static final List<Statement> DEFAULTS = List.of(new Statement("default-1", null),
            new Statement("default-2", null), new Statement("default-3", null), new Statement("default-4", null),
            new Statement("default-5", null));

    public boolean isDefault() {
        return text == null;
    }
}
