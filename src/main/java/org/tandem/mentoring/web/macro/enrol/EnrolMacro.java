package org.tandem.mentoring.web.macro.enrol;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.enrolment.EnrolmentPage;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.macro.WebResources;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-enrol}: the form to apply to the programme of the space as mentee or mentor, or, once the person
 * has applied, their application with its state and the steps they can take. The form posts JSON to the REST API
 * ({@code js/enrol.js}); errors come back per field and are shown next to the fields.
 */
@Named
public class EnrolMacro extends BlockMacro {

    static final String TEMPLATE = "templates/enrol/enrol.vm";
    static final String WEB_RESOURCE = WebResources.ENROLMENT;

    private final EnrolmentQueries enrolment;
    private final MacroPage page;
    private final ViewerLanguage language;

    public EnrolMacro(EnrolmentQueries enrolment, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, ViewerLanguage language, Writes writes) {
        this.language = language;
        this.enrolment = enrolment;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        Optional<EnrolmentPage> found = enrolment.pageForSpace(MacroParameters.spaceKey(parameters, context));
        page.require(WEB_RESOURCE);
        return page.render(TEMPLATE, "view", found.map(view -> new EnrolView(view, page.i18n(), language.locale())).orElse(null));
    }
}
