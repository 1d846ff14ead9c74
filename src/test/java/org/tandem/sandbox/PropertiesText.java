package org.tandem.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Messages from .properties files on the classpath, formatted with MessageFormat when given arguments. Each
 * location may have translations beside it ({@code tandem_de.properties}); a language without a file, or a key
 * its file lacks, falls back to the file without a suffix, as a Java resource bundle does.
 */
public final class PropertiesText {

    /** The languages the sandbox offers, English first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("da"),
            Locale.forLanguageTag("nl"), Locale.GERMAN, Locale.FRENCH);

    private final Map<String, String> messages = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> translations = new LinkedHashMap<>();

    /** @param locations classpath locations without the .properties suffix, as an i18n resource names them */
    public PropertiesText(ClassLoader loader, Iterable<String> locations) {
        for (String location : locations) {
            String path = location.replace('.', '/');
            if (path.startsWith("/")) {
                path = path.substring(1);
            }
            if (!load(loader, path + ".properties", messages)) {
                throw new SandboxStartException("i18n resource " + location + ".properties is not on the classpath");
            }
            for (Locale language : LANGUAGES) {
                load(loader, path + "_" + language.getLanguage() + ".properties",
                        translations.computeIfAbsent(language.getLanguage(), l -> new LinkedHashMap<>()));
            }
        }
    }

    private static boolean load(ClassLoader loader, String path, Map<String, String> into) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return false;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k)));
            return true;
        } catch (IOException e) {
            throw new SandboxStartException("i18n resource " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    public String raw(String key) {
        return messages.get(key);
    }

    public String raw(Locale locale, String key) {
        Map<String, String> translated = locale == null ? null : translations.get(locale.getLanguage());
        String text = translated == null ? null : translated.get(key);
        return text != null ? text : messages.get(key);
    }

    /** The message, or the key itself when there is none (as Confluence shows a missing key). */
    public String getText(String key, Object... args) {
        return getText(Locale.ENGLISH, key, args);
    }

    /** The message in the language of {@code locale}, formatted for it. */
    public String getText(Locale locale, String key, Object... args) {
        String m = raw(locale, key);
        if (m == null) {
            return key;
        }
        if (args == null || args.length == 0) {
            return m;
        }
        return new MessageFormat(m, locale == null ? Locale.ENGLISH : locale).format(args);
    }

    public Map<String, String> withPrefix(String prefix) {
        return withPrefix(Locale.ENGLISH, prefix);
    }

    public Map<String, String> withPrefix(Locale locale, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        messages.keySet().forEach(k -> {
            if (k.startsWith(prefix)) {
                out.put(k, raw(locale, k));
            }
        });
        return out;
    }
}
