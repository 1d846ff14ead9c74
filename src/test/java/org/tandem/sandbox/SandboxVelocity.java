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
import org.apache.velocity.util.introspection.Introspector;
import org.apache.velocity.util.introspection.TypeConversionHandler;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.slf4j.Logger;

import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Apache Velocity 2.3 set up to escape the way Confluence escapes templates that declare {@code #htmlSafe()}:
 * the directive turns escaping on for the template, and from then on every reference is HTML-escaped unless its
 * name ends with {@code Html}. A plugin template rendered by name must declare {@code #htmlSafe()}; otherwise the
 * render fails.
 *
 * <p>Every method a template calls passes the {@link VelocityAllowlist} of the plugin descriptor, as on Confluence
 * 9 and later; a call Confluence would block fails the render here. Apache Velocity 2.3 is set up to behave like
 * the 1.x engine Confluence ships where the two differ in ways a template can notice: {@code #if} tests only for
 * null and false (an empty string or list is true), and public fields are not read.
 */
public final class SandboxVelocity {

    static final String ESCAPING_ON = "__sandbox.htmlSafe";
    private static final String ALLOWLIST = "sandbox.velocityAllowlist";

    private final VelocityEngine engine;

    /** Enforces the allowlist of the plugin descriptor on the classpath ({@code atlassian-plugin.xml}). */
    public SandboxVelocity() {
        this(pluginAllowlist());
    }

    public SandboxVelocity(VelocityAllowlist allowlist) {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        p.setProperty("resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("resource.loader.class.cache", "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, HtmlSafeDirective.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
        p.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine = new VelocityEngine(p);
        engine.setApplicationAttribute(ALLOWLIST, allowlist);
        engine.init();
    }

    /** The allowlist of the descriptor {@code atlassian-plugin.xml} on the classpath; empty when there is none. */
    public static VelocityAllowlist pluginAllowlist() {
        try (InputStream in = SandboxVelocity.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            return in == null ? VelocityAllowlist.of(List.of())
                    : VelocityAllowlist.of(new DescriptorReader().read(in).velocityAllowlist());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("atlassian-plugin.xml cannot be read: " + e.getMessage(), e);
        }
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

    /** Velocity's default uberspector with an introspector that asks the allowlist before it hands out a method. */
    public static final class AllowlistUberspector extends UberspectImpl {
        @Override
        public void init() {
            super.init();
            VelocityAllowlist allowlist = (VelocityAllowlist) rsvc.getApplicationAttribute(ALLOWLIST);
            introspector = new AllowlistIntrospector(log, conversionHandler,
                    allowlist == null ? VelocityAllowlist.of(List.of()) : allowlist);
        }
    }

    static final class AllowlistIntrospector extends Introspector {
        private final VelocityAllowlist allowlist;

        AllowlistIntrospector(Logger log, TypeConversionHandler conversions, VelocityAllowlist allowlist) {
            super(log, conversions);
            this.allowlist = allowlist;
        }

        @Override
        public Method getMethod(Class<?> c, String name, Object[] params) {
            Method method = super.getMethod(c, name, params);
            if (method != null) {
                allowlist.check(c, method);
            }
            return method;
        }

        /** Velocity 1.x reads no public fields, so neither does the sandbox. */
        @Override
        public Field getField(Class<?> c, String name) {
            return null;
        }
    }
}
