package org.tandem.sandbox.host;

import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.context.Context;
import org.tandem.sandbox.SandboxVelocity;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * TemplateRenderer and VelocityHelperService on Apache Velocity 2.3, escaping as Confluence does for templates that
 * declare #htmlSafe(); a template rendered by name that does not declare it fails.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer, VelocityHelperService {

    private final SandboxVelocity velocity;
    private final I18nResolver i18n;
    private final Supplier<Map<String, Object>> defaults;

    public VelocityTemplateRenderer(SandboxVelocity velocity, I18nResolver i18n,
                                    Supplier<Map<String, Object>> defaults) {
        this.velocity = velocity;
        this.i18n = i18n;
        this.defaults = defaults;
    }

    private Map<String, Object> withDefaults(Map<String, Object> context) {
        Map<String, Object> m = new HashMap<>(createDefaultVelocityContext());
        if (context != null) {
            m.putAll(context);
        }
        return m;
    }

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        try {
            velocity.renderTemplate(templateName, withDefaults(context), writer);
        } catch (RenderingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderingException(e.getMessage(), e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        try {
            return velocity.renderFragment(fragment, withDefaults(context));
        } catch (RuntimeException e) {
            throw new RenderingException(e.getMessage(), e);
        }
    }

    @Override
    public boolean resolve(String templateName) {
        return velocity.exists(templateName);
    }

    @Override
    public String getRenderedTemplate(String templatePath, Map<String, Object> context) {
        try {
            return getRenderedTemplateWithoutSwallowingErrors(templatePath, context);
        } catch (Exception e) {
            // Confluence logs and returns an empty string; the sandbox also says why, visibly
            return "<div class=\"aui-message aui-message-error\"><p>"
                    + SandboxVelocity.escape(String.valueOf(e.getMessage())) + "</p></div>";
        }
    }

    @Override
    public String getRenderedTemplateWithoutSwallowingErrors(String templatePath, Map<String, Object> context) {
        return velocity.renderTemplate(templatePath, withDefaults(context));
    }

    @Override
    public String getRenderedContent(String templateContent, Context context) {
        try {
            return getRenderedContentWithoutSwallowingErrors(templateContent, context);
        } catch (Exception e) {
            return "";
        }
    }

    @Override
    public String getRenderedContentWithoutSwallowingErrors(String templateContent, Context context) {
        Map<String, Object> m = new HashMap<>(createDefaultVelocityContext());
        for (String key : context.getKeys()) {
            m.put(key, context.get(key));
        }
        return velocity.renderFragment(templateContent, m);
    }

    @Override
    public Map<String, Object> createDefaultVelocityContext() {
        Map<String, Object> m = new HashMap<>(defaults.get());
        m.put("i18n", i18n);
        return m;
    }
}
