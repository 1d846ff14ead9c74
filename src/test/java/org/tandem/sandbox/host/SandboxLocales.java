package org.tandem.sandbox.host;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.sandbox.PropertiesText;

/**
 * Confluence's LocaleManager in the sandbox: the language each person picked (at sign-in or in the header), else
 * the site default, English. Kept in memory: a restart of the sandbox forgets the choices.
 */
public final class SandboxLocales implements LocaleManager {

    private final Map<String, Locale> chosen = new ConcurrentHashMap<>();

    @Override
    public Locale getLocale(User user) {
        if (user instanceof ConfluenceUser confluenceUser && confluenceUser.getKey() != null) {
            return chosen.getOrDefault(confluenceUser.getKey().getStringValue(), getSiteDefaultLocale());
        }
        return getSiteDefaultLocale();
    }

    @Override
    public Locale getSiteDefaultLocale() {
        return Locale.ENGLISH;
    }

    public Locale of(String userKey) {
        return userKey == null ? getSiteDefaultLocale() : chosen.getOrDefault(userKey, getSiteDefaultLocale());
    }

    /** Stores the person's language when the sandbox offers it; returns it, or empty for an unknown tag. */
    public Optional<Locale> choose(String userKey, String languageTag) {
        if (userKey == null || languageTag == null) {
            return Optional.empty();
        }
        Optional<Locale> language = PropertiesText.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(languageTag.strip())).findFirst();
        language.ifPresent(l -> chosen.put(userKey, l));
        return language;
    }
}
