package org.tandem.mentoring.web.macro.learning;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.learning.ExpectationsMeetings;
import org.tandem.mentoring.service.learning.FitChecks;
import org.tandem.mentoring.service.learning.MenteeFacts;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-pairing-checkin}, on the pairing page: for the pair, the expectations meeting's state (a warning
 * until the mentee and their manager have recorded it; the mentee records it here) and, once the first session has
 * begun, "is this a good fit?" with the viewer's own answer. Anybody else gets nothing.
 */
@Named
public class PairingCheckinMacro extends BlockMacro {

    static final String TEMPLATE = "templates/learning/checkin.vm";

    private final MenteeFacts facts;
    private final ExpectationsMeetings meetings;
    private final FitChecks fits;
    private final MacroPage page;
    private final I18nResolver i18n;
    private final ViewerLanguage language;

    public PairingCheckinMacro(MenteeFacts facts, ExpectationsMeetings meetings, FitChecks fits,
            TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder, ViewerLanguage language,
            Writes writes) {
        this.facts = facts;
        this.meetings = meetings;
        this.fits = fits;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
        this.i18n = i18n;
        this.language = language;
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        Optional<String> viewer = facts.currentViewer();
        if (context == null || context.getEntity() == null || viewer.isEmpty()) {
            return "";
        }
        Optional<MenteeFacts.Found> found = facts.pairingOnPage(context.getEntity().getId())
                .filter(f -> f.isMentee(viewer.get()) || f.isMentor(viewer.get()));
        if (found.isEmpty()) {
            return "";
        }
        page.require(LearningsMacro.WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("mentee", found.get().isMentee(viewer.get()));
        model.put("meeting", new LearningViews.Meeting(meetings.state(found.get(), viewer.get()).orElseThrow(),
                i18n, language.locale()));
        FitChecks.Question question = fits.question(found.get(), viewer.get());
        model.put("pairingId", found.get().pairing().id());
        model.put("fitAsked", question.asked());
        model.put("fitAnswer", question.ownAnswer() == null ? "" : question.ownAnswer().name());
        model.put("ended", question.ended());
        return page.render(TEMPLATE, model);
    }
}
