package org.tandem.sandbox;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;

/**
 * Apache Velocity 2.3 set up to escape the way Confluence escapes templates that declare {@code #htmlSafe()}:
 * the directive turns escaping on for the template, and from then on every reference is HTML-escaped unless its
 * name ends with {@code Html}. A plugin template rendered by name must declare {@code #htmlSafe()}; otherwise the
 * render fails.
 */
public final class SandboxVelocity {

    static final String ESCAPING_ON = "__sandbox.htmlSafe";

    private final VelocityEngine engine;

    public SandboxVelocity() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        p.setProperty("resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("resource.loader.class.cache", "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, HtmlSafeDirective.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
        engine = new VelocityEngine(p);
        engine.init();
    }

    /** Renders a template found on the classpath; it must declare #htmlSafe(). */
    public void renderTemplate(String name, Map<String, ?> context, Writer out) {
        Template template;
        try {
            template = engine.getTemplate(stripSlash(name), "UTF-8");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Velocity template " + name + " cannot be loaded: " + e.getMessage(),
                    e);
        }
        if (!declaresHtmlSafe((Node) template.getData())) {
            throw new IllegalStateException("Velocity template " + name
                    + " does not declare #htmlSafe(); Confluence would render its references unescaped");
        }
        template.merge(context(context), out);
    }

    public String renderTemplate(String name, Map<String, ?> context) {
        StringWriter w = new StringWriter();
        renderTemplate(name, context, w);
        return w.toString();
    }

    /** Renders a template given as text; escaping applies from a #htmlSafe() in it on. */
    public String renderFragment(String fragment, Map<String, ?> context) {
        StringWriter w = new StringWriter();
        engine.evaluate(context(context), w, "fragment", fragment);
        return w.toString();
    }

    public boolean exists(String name) {
        return engine.resourceExists(stripSlash(name));
    }

    private static VelocityContext context(Map<String, ?> values) {
        VelocityContext ctx = new VelocityContext();
        if (values != null) {
            values.forEach(ctx::put);
        }
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new EscapingHandler());
        cartridge.attachToContext(ctx);
        return ctx;
    }

    private static String stripSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    static boolean declaresHtmlSafe(Node node) {
        if (node == null) {
            return false;
        }
        if (node instanceof ASTDirective d && "htmlSafe".equals(d.getDirectiveName())) {
            return true;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            if (declaresHtmlSafe(node.jjtGetChild(i))) {
                return true;
            }
        }
        return false;
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a reference such as {@code $!{page.titleHtml}} or {@code $x.getBodyHtml()} is named as safe HTML. */
    static boolean namedAsHtml(String reference) {
        String r = reference.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
        int paren = r.indexOf('(');
        if (paren >= 0) {
            r = r.substring(0, paren);
        }
        int dot = r.lastIndexOf('.');
        String last = dot >= 0 ? r.substring(dot + 1) : r;
        return last.endsWith("Html");
    }

    /** The #htmlSafe() directive: turns escaping on for the template being rendered. */
    public static final class HtmlSafeDirective extends Directive {
        @Override
        public String getName() {
            return "htmlSafe";
        }

        @Override
        public int getType() {
            return LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) {
            context.put(ESCAPING_ON, Boolean.TRUE);
            return true;
        }
    }

    static final class EscapingHandler implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || !Boolean.TRUE.equals(context.get(ESCAPING_ON)) || namedAsHtml(reference)) {
                return value;
            }
            return escape(String.valueOf(value));
        }
    }
}
