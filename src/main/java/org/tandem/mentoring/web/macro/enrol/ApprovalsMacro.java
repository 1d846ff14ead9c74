package org.tandem.mentoring.web.macro.enrol;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.tandem.mentoring.service.enrolment.EnrolmentService;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.macro.Templates;
import org.tandem.mentoring.web.macro.WebResources;

/**
 * {@code tandem-approvals}: the applications that wait for the signed-in person's decision, as the manager of the
 * applicants or as a coordinator, each with approve and decline (with a reason). Shows nothing to anyone else.
 */
@Named
public class ApprovalsMacro implements Macro {

    static final String TEMPLATE = "templates/enrol/approvals.vm";

    private final EnrolmentService enrolment;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;

    public ApprovalsMacro(EnrolmentService enrolment, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder) {
        this.enrolment = enrolment;
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String spaceKey = MacroParameters.spaceKey(parameters, context);
        pageBuilder.assembler().resources().requireWebResource(WebResources.ENROLMENT);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("view", enrolment.approvalsForSpace(spaceKey).map(queue -> new ApprovalsView(queue, i18n))
                .orElse(null));
        return Templates.render(renderer, TEMPLATE, model);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
