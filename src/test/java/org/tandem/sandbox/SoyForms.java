package org.tandem.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a blueprint wizard's form from the plugin's own Soy file. The sandbox has no Soy compiler, so it reads the
 * small part of Soy a static form needs: {@code {namespace}}, {@code {template .name}} ... {@code {/template}},
 * {@code /** ... *}{@code /} doc comments, {@code {getText('key')}} (the text, HTML-escaped, as Soy's autoescaping
 * would) and {@code {sp}}; lines are joined the way Soy joins them. Anything else in the template (parameters,
 * {@code {if}}, {@code {call}}) is refused with a message, so the sandbox never shows a form Confluence would not.
 */
public final class SoyForms {

    private static final Pattern NAMESPACE = Pattern.compile("\\{namespace\\s+([\\w.]+)[^}]*}");
    private static final Pattern COMMAND = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern GET_TEXT = Pattern.compile("getText\\(\\s*'([^']+)'\\s*\\)");

    private final ClassLoader loader;
    private final PropertiesText text;

    public SoyForms(ClassLoader loader, PropertiesText text) {
        this.loader = loader;
        this.text = text;
    }

    /** The HTML of template {@code templateKey} ("Namespace.name") found in one of the Soy resources. */
    public String render(String templateKey, List<String> soyLocations) {
        for (String location : soyLocations) {
            String soy = read(location);
            Matcher ns = NAMESPACE.matcher(soy);
            if (!ns.find()) {
                continue;
            }
            String namespace = ns.group(1);
            if (!templateKey.startsWith(namespace + ".")) {
                continue;
            }
            String name = templateKey.substring(namespace.length() + 1);
            Matcher start = Pattern.compile("\\{template\\s+\\." + Pattern.quote(name) + "\\b[^}]*}").matcher(soy);
            if (!start.find()) {
                continue;
            }
            int end = soy.indexOf("{/template}", start.end());
            if (end < 0) {
                throw new IllegalStateException(location + ": {template ." + name + "} has no {/template}");
            }
            return body(location, joinLines(soy.substring(start.end(), end)));
        }
        throw new IllegalStateException("no Soy template " + templateKey + " in " + soyLocations);
    }

    private String body(String location, String template) {
        StringBuilder out = new StringBuilder();
        Matcher m = COMMAND.matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            String command = m.group(1).trim();
            Matcher getText = GET_TEXT.matcher(command);
            if (getText.matches()) {
                out.append(SandboxVelocity.escape(text.getText(getText.group(1))));
            } else if (command.equals("sp")) {
                out.append(' ');
            } else if (!command.equals("nil")) {
                throw new IllegalStateException(location + ": the sandbox renders static Soy forms only; {"
                        + command + "} is not supported");
            }
            last = m.end();
        }
        out.append(template.substring(last));
        return out.toString();
    }

    /** Soy's line joining: trimmed lines, joined without a space where either side is a tag, else with one. */
    static String joinLines(String template) {
        List<String> lines = new ArrayList<>();
        for (String line : template.split("\\R")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("//")) {
                lines.add(t);
            }
        }
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            if (b.length() > 0 && b.charAt(b.length() - 1) != '>' && !line.startsWith("<")) {
                b.append(' ');
            }
            b.append(line);
        }
        return b.toString();
    }

    private String read(String location) {
        String l = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = loader.getResourceAsStream(l)) {
            if (in == null) {
                throw new IllegalStateException("Soy resource " + location + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + location, e);
        }
    }
}
