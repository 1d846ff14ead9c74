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
import java.util.Optional;
import org.tandem.mentoring.service.enrolment.EnrolmentPage;
import org.tandem.mentoring.service.enrolment.EnrolmentService;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.macro.Templates;
import org.tandem.mentoring.web.macro.WebResources;

/**
 * {@code tandem-enrol}: the form to apply to the programme of the space as mentee or mentor, or, once the person
 * has applied, their application with its state and the steps they can take. The form posts JSON to the REST API
 * ({@code js/enrol.js}); errors come back per field and are shown next to the fields.
 */
@Named
public class EnrolMacro implements Macro {

    static final String TEMPLATE = "templates/enrol/enrol.vm";
    static final String WEB_RESOURCE = WebResources.ENROLMENT;

    private final EnrolmentService enrolment;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;

    public EnrolMacro(EnrolmentService enrolment, TemplateRenderer renderer, I18nResolver i18n,
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
        Optional<EnrolmentPage> page = enrolment.pageForSpace(spaceKey);
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("view", page.map(found -> new EnrolView(found, i18n)).orElse(null));
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
