package org.tandem.mentoring.web.macro.enrol;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Apache Velocity set up like Confluence renders a template that starts with {@code #htmlSafe()}: every reference
 * is HTML-escaped on the way out. Templates come from the classpath.
 */
final class EscapingVelocity {

    private final VelocityEngine engine = new VelocityEngine();

    EscapingVelocity() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, HtmlSafe.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        engine.init(properties);
    }

    void render(String template, Map<String, Object> model, Writer out) {
        VelocityContext context = new VelocityContext(new java.util.HashMap<>(model));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new Escape());
        cartridge.attachToContext(context);
        Template compiled = engine.getTemplate(template, "UTF-8");
        compiled.merge(context, out);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes every inserted reference. */
    static final class Escape implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            return value == null ? null : escape(value.toString());
        }
    }

    /** {@code #htmlSafe()}: a marker; the escaping above is always on in these tests. */
    public static final class HtmlSafe extends Directive {
        @Override
        public String getName() {
            return "htmlSafe";
        }

        @Override
        public int getType() {
            return DirectiveConstants.LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
            return true;
        }
    }
}
