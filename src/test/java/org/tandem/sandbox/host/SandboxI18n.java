package org.tandem.sandbox.host;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.message.I18nResolver;
import org.tandem.sandbox.PropertiesText;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * SAL's I18nResolver over the plugin's i18n properties and their translations. As Confluence's own resolver does,
 * a call without a locale answers in the language of the person of the current request (their LocaleManager
 * locale), and the prefix lookup without a locale uses the JVM's default.
 */
public final class SandboxI18n implements I18nResolver {

    private final PropertiesText text;
    private final LocaleManager locales;

    public SandboxI18n(PropertiesText text, LocaleManager locales) {
        this.text = text;
        this.locales = locales;
    }

    private Locale viewer() {
        return locales.getLocale(AuthenticatedUserThreadLocal.get());
    }

    @Override
    public String getRawText(String key) {
        return getRawText(viewer(), key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        String raw = text.raw(locale, key);
        return raw == null ? key : raw;
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(viewer(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return text.getText(locale, key, (Object[]) arguments);
    }

    @Override
    public String getText(String key) {
        return getText(viewer(), key);
    }

    @Override
    public String getText(Locale locale, String key) {
        return text.getText(locale, key);
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        return getAllTranslationsForPrefix(prefix, Locale.getDefault());
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return text.withPrefix(locale, prefix);
    }
}
