package org.tandem.sandbox.host;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.util.Locale;
import java.util.Optional;
import org.tandem.sandbox.PropertiesText;
import org.tandem.sandbox.SandboxHostState;

/**
 * Confluence's LocaleManager in the sandbox: the language each person picked (at sign-in or in the header), else
 * the site default, English. Kept in the sandbox's database, as Confluence keeps it in the person's preferences.
 */
public final class SandboxLocales implements LocaleManager {

    private final SandboxHostState state;

    public SandboxLocales(SandboxHostState state) {
        this.state = state;
    }

    @Override
    public Locale getLocale(User user) {
        if (user instanceof ConfluenceUser confluenceUser && confluenceUser.getKey() != null) {
            return of(confluenceUser.getKey().getStringValue());
        }
        return getSiteDefaultLocale();
    }

    @Override
    public Locale getSiteDefaultLocale() {
        return Locale.ENGLISH;
    }

    public Locale of(String userKey) {
        return userKey == null ? getSiteDefaultLocale() : state.get("language:" + userKey)
                .map(Locale::forLanguageTag).orElse(getSiteDefaultLocale());
    }

    /** Stores the person's language when the sandbox offers it; returns it, or empty for an unknown tag. */
    public Optional<Locale> choose(String userKey, String languageTag) {
        if (userKey == null || languageTag == null) {
            return Optional.empty();
        }
        Optional<Locale> language = PropertiesText.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(languageTag.strip())).findFirst();
        language.ifPresent(l -> state.put("language:" + userKey, l.toLanguageTag()));
        return language;
    }
}
