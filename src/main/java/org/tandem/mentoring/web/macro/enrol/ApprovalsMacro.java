package org.tandem.mentoring.web.macro.enrol;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.Map;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.macro.WebResources;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-approvals}: the applications that wait for the signed-in person's decision, as the manager of the
 * applicants or as a coordinator, each with approve and decline (with a reason). Shows nothing to anyone else.
 */
@Named
public class ApprovalsMacro extends BlockMacro {

    static final String TEMPLATE = "templates/enrol/approvals.vm";

    private final EnrolmentQueries enrolment;
    private final MacroPage page;

    public ApprovalsMacro(EnrolmentQueries enrolment, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, Writes writes) {
        this.enrolment = enrolment;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        String spaceKey = MacroParameters.spaceKey(parameters, context);
        page.require(WebResources.ENROLMENT);
        return page.render(TEMPLATE, "view", enrolment.approvalsForSpace(spaceKey)
                .map(queue -> new ApprovalsView(queue, page.i18n())).orElse(null));
    }
}
