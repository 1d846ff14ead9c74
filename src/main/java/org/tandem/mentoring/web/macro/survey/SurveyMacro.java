package org.tandem.mentoring.web.macro.survey;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyAnswer;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.survey.Surveys;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.survey.SurveyTexts;

/**
 * {@code tandem-survey}, on the programme's home page: the viewer's own open surveys of the programme of this space
 * to answer, their own earlier answers (their free text for them alone), and, for its coordinators, the agreement
 * statements of the mid-point and end surveys (edited while the programme is a draft). Anybody with nothing here
 * gets nothing.
 */
@Named
public class SurveyMacro extends BlockMacro {

    static final String TEMPLATE = "templates/survey/survey.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-survey-resources";

    private final Surveys surveys;
    private final MacroPage page;

    public SurveyMacro(Surveys surveys, TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder,
            Writes writes) {
        this.surveys = surveys;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        String space = MacroParameters.spaceKey(parameters, context);
        Optional<Surveys.Mine> mine = surveys.mineInSpace(space);
        Optional<Surveys.StatementSet> statements = surveys.statementsInSpace(space);
        if (mine.isEmpty() || (mine.get().open().isEmpty() && mine.get().answered().isEmpty()
                && statements.isEmpty())) {
            return "";
        }
        page.require(WEB_RESOURCE);
        SurveyTexts texts = new SurveyTexts(page.i18n());
        Map<String, Object> model = new HashMap<>();
        List<Map<String, Object>> open = new ArrayList<>();
        for (Surveys.Open o : mine.get().open()) {
            Map<String, Object> survey = new LinkedHashMap<>();
            survey.put("key", o.occurrence().key());
            survey.put("id", o.occurrence().key().replaceAll("[^A-Za-z0-9-]", "-"));
            survey.put("title", texts.kind(o.occurrence().kind()));
            survey.put("intro", page.i18n().getText("tandem.survey.intro." + o.occurrence().kind().code()));
            survey.put("lastDay", o.occurrence().lastDay().toString());
            survey.put("items", items(texts, o.items()));
            survey.put("closure", o.items().isEmpty());
            open.add(survey);
        }
        model.put("open", open);
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (ClosureReason reason : ClosureReason.values()) {
            reasons.add(Map.of("value", reason.name(), "label", texts.reason(reason)));
        }
        model.put("reasons", reasons);
        List<Map<String, Object>> answered = new ArrayList<>();
        for (SurveyAnswer a : mine.get().answered()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("title", texts.kind(a.kind()));
            answer.put("opened", a.due().toString());
            answer.put("reason", a.reason() == null ? "" : texts.reason(a.reason()));
            answer.put("text", a.text() == null ? "" : a.text());
            answered.add(answer);
        }
        model.put("answered", answered);
        model.put("scale", List.of(1, 2, 3, 4, 5));
        statements.ifPresent(set -> {
            model.put("programmeId", set.programme().id());
            model.put("statements", items(texts, set.statements()));
            model.put("editable", set.editable());
            model.put("custom", set.custom());
        });
        model.put("coordinator", statements.isPresent());
        return page.render(TEMPLATE, model);
    }

    private static List<Map<String, Object>> items(SurveyTexts texts, List<Statement> statements) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            items.add(Map.of("key", statements.get(i).key(), "text", texts.item(statements.get(i)),
                    "number", i + 1));
        }
        return items;
    }
}
