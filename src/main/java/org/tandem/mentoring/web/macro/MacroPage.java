package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.Map;

/**
 * What every Tandem macro does around its own work: asks the page for the web resources it needs and renders its
 * template with the i18n resolver in the model.
 */
public final class MacroPage {

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;

    public MacroPage(TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    public I18nResolver i18n() {
        return i18n;
    }

    public void require(String webResource) {
        pageBuilder.assembler().resources().requireWebResource(webResource);
    }

    /** Renders the template with {@code i18n} and one more entry, whose value may be null. */
    public String render(String template, String key, Object value) throws MacroExecutionException {
        Map<String, Object> model = new HashMap<>();
        model.put(key, value);
        return render(template, model);
    }

    /** Renders the template with {@code i18n} added to the model. */
    public String render(String template, Map<String, Object> model) throws MacroExecutionException {
        Map<String, Object> full = new HashMap<>(model);
        full.put("i18n", i18n);
        return Templates.render(renderer, template, full);
    }
}
