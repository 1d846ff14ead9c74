package org.tandem.mentoring.service.programme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.EnglishExplanations;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.programme.DefaultLearningThemes;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.web.PropertiesI18n;

public class ThemeNamesTest {

    /** The main i18n file in English with one language's translation over it, as the host resolves a reader's text. */
    private static I18nResolver in(String language) {
        return new PropertiesI18n("/i18n/tandem.properties", "/i18n/tandem_" + language + ".properties");
    }

    @Test
    public void defaultTheme_shouldBeShownInTheReadersLanguage() {
        I18nResolver danish = in("da");
        I18nResolver dutch = in("nl");
        assertEquals("Uddelegering", ThemeNames.of(danish, DefaultLearningThemes.STRUGGLING, "Delegating"));
        assertEquals("Delegeren", ThemeNames.of(dutch, LearningTheme.of(null, DefaultLearningThemes.STRUGGLING,
                "Delegating")));
        assertEquals("Delegating", ThemeNames.of(new PropertiesI18n(), DefaultLearningThemes.STRUGGLING,
                "Delegating"));
    }

    @Test
    public void renamedOrOwnTheme_shouldBeShownAsStored() {
        I18nResolver german = in("de");
        assertEquals("Delegating well", ThemeNames.of(german, DefaultLearningThemes.STRUGGLING, "Delegating well"));
        assertEquals("Delegating", ThemeNames.of(german, "our-own-category", "Delegating"));
        assertEquals("Budgets", ThemeNames.of(german, DefaultLearningThemes.STRUGGLING, "Budgets"));
    }

    @Test
    public void nameShownWithoutItsCategory_shouldBeInTheReadersLanguageWhenItIsADefaultName() {
        assertEquals("Uddelegering", ThemeNames.of(in("da"), "Delegating"));
        assertEquals("Budgets", ThemeNames.of(in("da"), "Budgets"));
        assertEquals(null, ThemeNames.of(in("da"), (String) null));
    }

    @Test
    public void explanation_shouldNameTheSharedDefaultThemesInTheReadersLanguageAndOwnThemesAsTyped() {
        I18nResolver french = in("fr");
        String delegating = french.getText(DefaultLearningThemes.messageKey("Delegating").orElseThrow());
        assertFalse(delegating.equals("Delegating"));
        String text = ThemeNames.explanation(french, Locale.FRENCH,
                Explanation.Part.of(EnglishExplanations.THEMES, 2, "Delegating, Budgets"));
        assertTrue(text, text.endsWith(": " + delegating + ", Budgets"));
        assertEquals(french.getText(EnglishExplanations.SAME_LEVEL),
                ThemeNames.explanation(french, Locale.FRENCH, Explanation.Part.of(EnglishExplanations.SAME_LEVEL)));
    }

    @Test
    public void explanation_shouldNameTheSharedLanguageInTheReadersLanguage() {
        Explanation.Part danish = Explanation.Part.of(EnglishExplanations.LANGUAGE, "da");

        I18nResolver english = new PropertiesI18n("/i18n/tandem.properties");
        assertEquals("both speak Danish", ThemeNames.explanation(english, Locale.ENGLISH, danish));
        assertEquals("begge taler dansk", ThemeNames.explanation(in("da"), Locale.forLanguageTag("da"), danish));
        assertTrue(ThemeNames.explanation(in("de"), Locale.GERMAN, danish).contains("Dänisch"));
        assertEquals("both speak xx-unknown-tongue", ThemeNames.explanation(english, Locale.ENGLISH,
                Explanation.Part.of(EnglishExplanations.LANGUAGE, "xx-unknown-tongue")));
    }

    @Test
    public void everyDefaultTheme_shouldHaveAKeyWhoseEnglishTextIsItsName() throws IOException {
        Properties english = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("i18n/tandem.properties")) {
            english.load(in);
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> category : DefaultLearningThemes.byCategory().entrySet()) {
            for (String name : category.getValue()) {
                String key = DefaultLearningThemes.messageKey(category.getKey(), name).orElseThrow();
                if (!name.equals(english.getProperty(key))) {
                    wrong.add(key + " should read " + name);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(DefaultLearningThemes.messageKey(DefaultLearningThemes.NEW_IN_ROLE, "Delegating").isEmpty());
    }
}
