package org.tandem.mentoring.web.admin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Apache Velocity rendering the plugin's templates from the classpath the way Confluence renders a template that
 * declares {@code #htmlSafe()}: every reference is HTML-escaped unless its name ends in {@code Html}. Strict
 * references: a name the model does not have fails the render instead of printing itself.
 */
final class EscapingVelocity {

    private final VelocityEngine engine;

    EscapingVelocity() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, HtmlSafe.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    String render(String template, Map<String, Object> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new Escaping());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(context, out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Escapes every inserted value whose reference does not end in Html. */
    private static final class Escaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(org.apache.velocity.context.Context context, String reference, Object value) {
            if (value == null || reference.replace("}", "").endsWith("Html")) {
                return value;
            }
            return escape(String.valueOf(value));
        }
    }

    /** {@code #htmlSafe()}: Confluence's opt-in to escaping; here escaping is always on, so it prints nothing. */
    public static final class HtmlSafe extends Directive {
        @Override
        public String getName() {
            return "htmlSafe";
        }

        @Override
        public int getType() {
            return LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
            return true;
        }
    }
}
