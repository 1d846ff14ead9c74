package org.tandem.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of a space blueprint, made as Confluence makes them when a space is created from it: the home page
 * titled with the space's name, the content templates below it titled by their i18n names, each body rendered from
 * its storage template with the template's context provider. Confluence resolves a template's
 * {@code <at:i18n at:key="..."/>} to the text of that key and its {@code <at:var at:name="..."/>} to the context's
 * value (escaped, or as storage XHTML with {@code at:rawxhtml="true"}), both in the language of the person creating
 * the space; so does this.
 */
public final class BlueprintPages {

    private static final Pattern I18N = Pattern.compile("<at:i18n\\s+at:key=\"([^\"]+)\"\\s*/>");
    private static final Pattern VAR = Pattern.compile("<at:var\\s+([^>]*?)/>");
    private static final Pattern ATTRIBUTE = Pattern.compile("at:([a-z]+)=\"([^\"]*)\"");
    private static final int MAX_DEPTH = 10;

    private final PluginDescriptor descriptor;
    private final ClassLoader loader;
    private final PropertiesText text;
    private final BiFunction<PluginDescriptor.ContentTemplate, Map<String, Object>, Map<String, Object>> contexts;

    /**
     * @param contexts a content template and the blueprint's context to the context its body is rendered with (the
     *                 template's context provider's answer; the context itself when it has none)
     */
    public BlueprintPages(PluginDescriptor descriptor, ClassLoader loader, PropertiesText text,
                          BiFunction<PluginDescriptor.ContentTemplate, Map<String, Object>, Map<String, Object>> contexts) {
        this.descriptor = descriptor;
        this.loader = loader;
        this.text = text;
        this.contexts = contexts;
    }

    /** The plugin's first space blueprint, or null when it declares none with a home page. */
    public PluginDescriptor.SpaceBlueprint blueprint() {
        return descriptor.spaceBlueprints().stream().filter(b -> b.home() != null).findFirst().orElse(null);
    }

    /**
     * Creates the blueprint's pages in {@code spaceKey}: the home page (titled {@code homeTitle}, made the space's
     * home) and the pages below it.
     *
     * @return the home page
     */
    public SandboxContent.Page create(SandboxContent content, PluginDescriptor.SpaceBlueprint blueprint,
                                      String spaceKey, String homeTitle, String creator, Locale locale,
                                      Map<String, Object> context) {
        SandboxContent.Page home = content.createPage(spaceKey, homeTitle, null,
                body(blueprint.home().ref(), locale, context), creator);
        content.setHomePage(spaceKey, home.id());
        for (PluginDescriptor.TemplateNode child : blueprint.home().children()) {
            createBelow(content, spaceKey, child, home.id(), creator, locale, context, 0);
        }
        return home;
    }

    private void createBelow(SandboxContent content, String spaceKey, PluginDescriptor.TemplateNode node,
                             long parentId, String creator, Locale locale, Map<String, Object> context, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        SandboxContent.Page page = content.createPage(spaceKey, title(node.ref(), locale), parentId,
                body(node.ref(), locale, context), creator);
        for (PluginDescriptor.TemplateNode child : node.children()) {
            createBelow(content, spaceKey, child, page.id(), creator, locale, context, depth + 1);
        }
    }

    /** A content template's page title: its i18n name in {@code locale}. */
    public String title(String ref, Locale locale) {
        PluginDescriptor.ContentTemplate template = template(ref);
        return template == null || template.i18nNameKey() == null ? ref
                : text.getText(locale, template.i18nNameKey());
    }

    /** A content template's storage body in {@code locale}, its variables filled from its context provider. */
    public String body(String ref, Locale locale, Map<String, Object> context) {
        PluginDescriptor.ContentTemplate template = template(ref);
        if (template == null || template.templateLocation() == null) {
            return "";
        }
        String location = template.templateLocation().replaceFirst("^/", "");
        String storage;
        try (InputStream in = loader.getResourceAsStream(location)) {
            storage = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
        Map<String, Object> values = contexts.apply(template, new LinkedHashMap<>(context));
        return render(storage, locale, values);
    }

    /** Declarations dropped, i18n elements and variables replaced. */
    String render(String storage, Locale locale, Map<String, Object> values) {
        String body = storage.replaceAll("(?s)<at:declarations>.*?</at:declarations>", "");
        Matcher i18n = I18N.matcher(body);
        StringBuilder out = new StringBuilder();
        while (i18n.find()) {
            i18n.appendReplacement(out, Matcher.quoteReplacement(SandboxVelocity.escape(
                    text.getText(locale, i18n.group(1)))));
        }
        i18n.appendTail(out);
        Matcher var = VAR.matcher(out.toString());
        StringBuilder filled = new StringBuilder();
        while (var.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(var.group(1));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            Object value = values == null ? null : values.get(attributes.get("name"));
            String shown = value == null ? "" : "true".equals(attributes.get("rawxhtml")) ? value.toString()
                    : SandboxVelocity.escape(value.toString());
            var.appendReplacement(filled, Matcher.quoteReplacement(shown));
        }
        var.appendTail(filled);
        return filled.toString();
    }

    private PluginDescriptor.ContentTemplate template(String ref) {
        return descriptor.contentTemplates().stream()
                .filter(t -> t.key().equals(ref) || ref.endsWith(":" + t.key())).findFirst().orElse(null);
    }
}
