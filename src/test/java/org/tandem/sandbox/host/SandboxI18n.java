package org.tandem.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import org.tandem.sandbox.PropertiesText;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** SAL's I18nResolver over the plugin's i18n properties (English only in the sandbox). */
public final class SandboxI18n implements I18nResolver {

    private final PropertiesText text;

    public SandboxI18n(PropertiesText text) {
        this.text = text;
    }

    @Override
    public String getRawText(String key) {
        String raw = text.raw(key);
        return raw == null ? key : raw;
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return text.getText(key, (Object[]) arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }

    @Override
    public String getText(String key) {
        return text.getText(key);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(key);
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        return text.withPrefix(prefix);
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return getAllTranslationsForPrefix(prefix);
    }
}
