package org.tandem.mentoring.web.rest;

import org.tandem.mentoring.domain.programme.LearningTheme;

/** The JSON shape of a learning theme; {@code own} is true for a programme's own theme, false for the default taxonomy. */
public record ThemeJson(int id, int version, String category, String name, boolean own) {

    static ThemeJson of(LearningTheme theme) {
        return new ThemeJson(theme.id(), theme.version(), theme.category(), theme.name(), !theme.isDefaultTaxonomy());
    }
}
