package org.tandem.mentoring.web.macro.learning;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.service.learning.Learnings;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-learnings}, on a session page: the mentee records learnings tagged to the pairing's themes and
 * shares them one by one with their manager, and reads the manager's feedback. The mentor gets one line saying the
 * learnings are the mentee's; anybody else gets nothing.
 */
@Named
public class LearningsMacro extends BlockMacro {

    static final String TEMPLATE = "templates/learning/learnings.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-learning-resources";

    private final Learnings learnings;
    private final MacroPage page;
    private final I18nResolver i18n;

    public LearningsMacro(Learnings learnings, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, Writes writes) {
        this.learnings = learnings;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
        this.i18n = i18n;
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        if (context == null || context.getEntity() == null) {
            return "";
        }
        Learnings.SessionLearnings found = learnings.forPage(context.getEntity().getId());
        if (found.audience() == Learnings.Audience.NONE) {
            return "";
        }
        page.require(WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("mentee", found.audience() == Learnings.Audience.MENTEE);
        model.put("sessionId", found.sessionId());
        model.put("open", found.open());
        model.put("managerName", found.managerName());
        model.put("learnings", LearningViews.items(found.learnings(), found.themeNames(), i18n));
        model.put("themes", LearningViews.options(found.themes(), Set.of(), i18n));
        return page.render(TEMPLATE, model);
    }
}
