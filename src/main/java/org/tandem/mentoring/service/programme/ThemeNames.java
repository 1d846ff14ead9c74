package org.tandem.mentoring.service.programme;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.tandem.mentoring.domain.matching.EnglishExplanations;
import org.tandem.mentoring.domain.matching.Explanation;
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
        return translated(i18n, DefaultLearningThemes.messageKey(category, storedName), storedName);
    }

    /** A theme's name shown without its category: a default theme's name in the reader's language. */
    public static String of(I18nResolver i18n, String storedName) {
        return storedName == null ? null
                : translated(i18n, DefaultLearningThemes.messageKey(storedName), storedName);
    }

    /**
     * One clause of a matching explanation in the reader's language; the shared themes' clause names its themes
     * in that language too (they are kept as one list, names joined by ", "), and the shared language clause
     * names the language as the reader's language does ("both speak Danish", "begge taler dansk").
     */
    public static String explanation(I18nResolver i18n, Locale reader, Explanation.Part part) {
        Serializable[] args = part.args().toArray(new Serializable[0]);
        if (EnglishExplanations.THEMES.equals(part.key()) && args.length > 1 && args[1] instanceof String list) {
            args[1] = String.join(", ", Arrays.stream(list.split(", ")).map(name -> of(i18n, reader, name)).toList());
        }
        if (EnglishExplanations.LANGUAGE.equals(part.key()) && args.length > 0 && args[0] instanceof String code) {
            args[0] = languageName(code, reader == null ? Locale.ENGLISH : reader);
        }
        // with the reader's locale given, the host need not look the viewer's language up again for each text
        return reader == null ? i18n.getText(part.key(), args) : i18n.getText(reader, part.key(), args);
    }

    /** {@link #of(I18nResolver, String)} in a known reader's language (the viewer's when {@code reader} is null). */
    private static String of(I18nResolver i18n, Locale reader, String storedName) {
        if (reader == null) {
            return of(i18n, storedName);
        }
        return storedName == null ? null : DefaultLearningThemes.messageKey(storedName).map(k -> {
            String text = i18n.getText(reader, k);
            return text == null || text.equals(k) ? storedName : text;
        }).orElse(storedName);
    }

    /** A language code ("da") as the reader's language names it; the code itself when Java knows no name. */
    static String languageName(String code, Locale reader) {
        Locale language = Locale.forLanguageTag(code.strip());
        String name = language.getDisplayLanguage(reader);
        return name.isBlank() || name.equalsIgnoreCase(language.getLanguage()) ? code : name;
    }

    private static String translated(I18nResolver i18n, Optional<String> key, String storedName) {
        return key.map(k -> {
            String text = i18n.getText(k);
            return text == null || text.equals(k) ? storedName : text;
        }).orElse(storedName);
    }

    public static String of(I18nResolver i18n, LearningTheme theme) {
        return of(i18n, theme.category(), theme.name());
    }
}
