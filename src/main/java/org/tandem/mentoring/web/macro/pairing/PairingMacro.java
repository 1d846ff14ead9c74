package org.tandem.mentoring.web.macro.pairing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.service.pairing.PairingBoard;
import org.tandem.mentoring.service.pairing.PairingService;

/**
 * {@code tandem-pairing}: the pairing board of the programme in the space. Coordinators see every pairing with its
 * score, explanation and warnings, and run and publish matching; the mentee and the mentor see their own pairing
 * and answer it; a manager sees that a report is paired and acknowledges. The buttons post JSON to the REST API
 * ({@code js/pairing.js}); the service decides who may see and do what.
 */
@Named
public class PairingMacro implements Macro {

    static final String TEMPLATE = "templates/pairing/pairing.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-pairing-resources";

    private final PairingService pairings;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;

    public PairingMacro(PairingService pairings, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder) {
        this.pairings = pairings;
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String spaceKey = Optional.ofNullable(parameters.get("space")).filter(key -> !key.isBlank())
                .orElse(context.getSpaceKey());
        Optional<PairingBoard> board = pairings.boardForSpace(spaceKey);
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("board", board.map(found -> new PairingBoardView(found, i18n)).orElse(null));
        StringWriter out = new StringWriter();
        try {
            renderer.render(TEMPLATE, model, out);
        } catch (RenderingException | IOException e) {
            throw new MacroExecutionException("Could not render " + TEMPLATE, e);
        }
        return out.toString();
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
