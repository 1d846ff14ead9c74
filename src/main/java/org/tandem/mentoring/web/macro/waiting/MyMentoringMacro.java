package org.tandem.mentoring.web.macro.waiting;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.waiting.MyMentoring;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;

/**
 * {@code tandem-my-mentoring}, "My mentoring", on any page: what waits for the signed-in person across programmes,
 * each with a link to the page where they act, and their own reminder choices.
 */
@Named
public class MyMentoringMacro extends BlockMacro {

    static final String TEMPLATE = "templates/waiting/my-mentoring.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-my-mentoring-resources";

    private final MyMentoring myMentoring;
    private final ViewerLanguage language;
    private final ApplicationProperties application;
    private final MacroPage page;

    public MyMentoringMacro(MyMentoring myMentoring, ViewerLanguage language, ApplicationProperties application,
            TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder, Writes writes) {
        this.myMentoring = myMentoring;
        this.language = language;
        this.application = application;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        page.require(WEB_RESOURCE);
        MyMentoring.View view = myMentoring.mine();
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        I18nResolver i18n = page.i18n();
        List<Map<String, Object>> items = view.waiting().stream().map(w -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", i18n.getText("tandem.waiting." + w.kind(), w.subject(), w.programmeTitle()));
            item.put("url", base + w.link());
            item.put("since", i18n.getText("tandem.waiting.since", language.date(w.since())));
            item.put("decision", w.decision());
            return item;
        }).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("items", items);
        model.put("remindersOn", view.remindersOn());
        model.put("plainText", view.plainText());
        return page.render(TEMPLATE, model);
    }
}
