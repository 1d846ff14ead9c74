package org.tandem.mentoring.service.programme;

import java.util.List;
import org.tandem.mentoring.domain.programme.LearningTheme;

/**
 * The learning themes a programme offers: the default taxonomy and the programme's own, in the order they were
 * stored. {@code coordinator} says whether the caller may change the programme's own themes.
 */
public record ThemeOffer(int programmeId, boolean coordinator, List<LearningTheme> themes) {

    public ThemeOffer {
        themes = List.copyOf(themes);
    }

    /** The programme's own themes, the ones a coordinator may rename or remove. */
    public List<LearningTheme> own() {
        return themes.stream().filter(theme -> !theme.isDefaultTaxonomy()).toList();
    }
}
