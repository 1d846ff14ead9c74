package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** Renders a macro's Velocity template to a string. */
final class Templates {

    private Templates() {
    }

    static String render(TemplateRenderer renderer, String template, Map<String, Object> model)
            throws MacroExecutionException {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, out);
        } catch (RenderingException | IOException e) {
            throw new MacroExecutionException("Could not render " + template, e);
        }
        return out.toString();
    }
}
