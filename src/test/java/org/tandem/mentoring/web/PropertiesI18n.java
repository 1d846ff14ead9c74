package org.tandem.mentoring.web;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * English strings from the plugin's i18n files, formatted the way the host does; remembers keys it did not find.
 * For tests of the web layer; the sandbox has its own resolver over the descriptor's i18n resources.
 */
public final class PropertiesI18n implements I18nResolver {

    private final Properties strings = new Properties();
    private final Set<String> missing = new TreeSet<>();

    /** Every i18n file of the plugin. */
    public PropertiesI18n() {
        this("/i18n/tandem.properties", "/i18n/tandem-enrolment.properties", "/i18n/tandem-admin.properties",
                "/i18n/tandem-pairing.properties");
    }

    public PropertiesI18n(String... resources) {
        for (String resource : resources) {
            try (InputStream in = PropertiesI18n.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing");
                }
                strings.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Set<String> missing() {
        return missing;
    }

    public boolean has(String key) {
        return strings.containsKey(key);
    }

    @Override
    public String getRawText(String key) {
        String text = strings.getProperty(key);
        if (text == null) {
            missing.add(key);
            return key;
        }
        return text;
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return getRawText(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        if (arguments == null || arguments.length == 0) {
            return getRawText(key); // as the host: MessageFormat only runs when there are arguments
        }
        return new MessageFormat(getRawText(key), Locale.UK).format(arguments);
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
