package org.tandem.mentoring.web.macro;

import com.atlassian.sal.api.message.I18nResolver;
import org.tandem.mentoring.domain.programme.DefaultLearningThemes;
import org.tandem.mentoring.domain.programme.LearningTheme;

/**
 * A learning theme's name as a reader sees it: a default theme that keeps its default name in the reader's
 * language, any other theme (renamed, or a programme's own) as it is stored.
 */
public final class ThemeNames {

    private ThemeNames() {
    }

    public static String of(I18nResolver i18n, String category, String storedName) {
        return DefaultLearningThemes.messageKey(category, storedName)
                .map(key -> {
                    String text = i18n.getText(key);
                    return text == null || text.equals(key) ? storedName : text;
                })
                .orElse(storedName);
    }

    public static String of(I18nResolver i18n, LearningTheme theme) {
        return of(i18n, theme.category(), theme.name());
    }
}
