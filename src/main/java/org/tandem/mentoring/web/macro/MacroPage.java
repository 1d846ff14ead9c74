package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.service.access.WriteBanner;
import org.tandem.mentoring.service.access.Writes;

/**
 * What every Tandem macro does around its own work: asks the page for the web resources it needs and renders its
 * template with the i18n resolver in the model; while {@link Writes} blocks writing (read-only mode, no valid
 * licence) it puts the shared write banner above the view and hides the view's forms and buttons.
 */
public final class MacroPage {

    static final String BLOCKED_TEMPLATE = "templates/write-blocked.vm";

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final Writes writes;

    public MacroPage(TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder, Writes writes) {
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.writes = writes;
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
        String view = Templates.render(renderer, template, full);
        Optional<WriteBanner> banner = writes.banner();
        if (banner.isEmpty()) {
            return view;
        }
        Map<String, Object> blocked = new HashMap<>();
        blocked.put("i18n", i18n);
        blocked.put("banner", WriteBanners.model(banner.get()));
        blocked.put("viewHtml", view);
        return Templates.render(renderer, BLOCKED_TEMPLATE, blocked);
    }
}
