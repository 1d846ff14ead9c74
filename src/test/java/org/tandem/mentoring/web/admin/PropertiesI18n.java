package org.tandem.mentoring.web.admin;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * An {@link I18nResolver} over the plugin's English properties files, formatting as the host does
 * ({@link MessageFormat}); a key that is not there comes back as itself, as the host answers.
 */
public final class PropertiesI18n implements I18nResolver {

    private final Properties strings = new Properties();

    public PropertiesI18n() {
        for (String file : new String[] {"/i18n/tandem.properties", "/i18n/tandem-admin.properties"}) {
            try (InputStream in = PropertiesI18n.class.getResourceAsStream(file)) {
                strings.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public boolean has(String key) {
        return strings.containsKey(key);
    }

    @Override
    public String getRawText(String key) {
        return strings.getProperty(key, key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = strings.getProperty(key);
        return pattern == null ? key : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(key);
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        Map<String, String> found = new HashMap<>();
        strings.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> found.put(key, strings.getProperty(key)));
        return found;
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return getAllTranslationsForPrefix(prefix);
    }
}
