package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** Renders a macro's Velocity template to a string, or a servlet's as the whole answer. */
public final class Templates {

    private Templates() {
    }

    public static String render(TemplateRenderer renderer, String template, Map<String, Object> model)
            throws MacroExecutionException {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, out);
        } catch (RenderingException | IOException e) {
            throw new MacroExecutionException("Could not render " + template, e);
        }
        return out.toString();
    }

    /** A servlet's page: the status, HTML in UTF-8 that no cache keeps, the template rendered into the answer. */
    public static void page(TemplateRenderer renderer, HttpServletResponse response, int status, String template,
            Map<String, Object> model) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            renderer.render(template, model, response.getWriter());
        } catch (RenderingException e) {
            throw new IOException("Could not render " + template, e);
        }
    }
}
