package org.tandem.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Messages from .properties files on the classpath (UTF-8), formatted with MessageFormat when given arguments. */
public final class PropertiesText {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** @param locations classpath locations without the .properties suffix, as an i18n resource names them */
    public PropertiesText(ClassLoader loader, Iterable<String> locations) {
        for (String location : locations) {
            String path = location.replace('.', '/');
            if (path.startsWith("/")) {
                path = path.substring(1);
            }
            try (InputStream in = loader.getResourceAsStream(path + ".properties")) {
                if (in == null) {
                    throw new SandboxStartException("i18n resource " + location + ".properties is not on the classpath");
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                p.stringPropertyNames().forEach(k -> messages.put(k, p.getProperty(k)));
            } catch (IOException e) {
                throw new SandboxStartException("i18n resource " + location + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    public String raw(String key) {
        return messages.get(key);
    }

    /** The message, or the key itself when there is none (as Confluence shows a missing key). */
    public String getText(String key, Object... args) {
        String m = messages.get(key);
        if (m == null) {
            return key;
        }
        if (args == null || args.length == 0) {
            return m;
        }
        return new MessageFormat(m, Locale.ENGLISH).format(args);
    }

    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        messages.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
