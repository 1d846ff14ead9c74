package org.tandem.mentoring.web.macro.learning;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.learning.ManagerMentoring;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-manager-mentoring}, "Your reports' mentoring", on any page (the programme space's "For managers"
 * page has it): the signed-in person's current direct reports who are mentees, the expectations meeting to hold or
 * as recorded (recorded and edited here), and the learnings each shared, with a feedback box. Nothing else.
 */
@Named
public class ManagerMentoringMacro extends BlockMacro {

    static final String TEMPLATE = "templates/learning/manager.vm";

    private final ManagerMentoring managers;
    private final MacroPage page;
    private final I18nResolver i18n;
    private final ViewerLanguage language;

    public ManagerMentoringMacro(ManagerMentoring managers, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, ViewerLanguage language, Writes writes) {
        this.managers = managers;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
        this.i18n = i18n;
        this.language = language;
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        page.require(LearningsMacro.WEB_RESOURCE);
        List<ReportView> reports = managers.forViewer().stream()
                .map(report -> new ReportView(report, i18n, language.locale())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("reports", reports);
        return page.render(TEMPLATE, model);
    }

    /** One report for the template. */
    public static final class ReportView {
        private final ManagerMentoring.Report report;
        private final I18nResolver i18n;
        private final Locale locale;

        ReportView(ManagerMentoring.Report report, I18nResolver i18n, Locale locale) {
            this.report = report;
            this.i18n = i18n;
            this.locale = locale;
        }

        public String getMentee() {
            return report.menteeName();
        }

        public String getProgramme() {
            return report.programmeName();
        }

        public LearningViews.Meeting getMeeting() {
            return new LearningViews.Meeting(report.expectations(), i18n, locale);
        }

        public List<LearningViews.Item> getShared() {
            return LearningViews.items(report.shared(), report.themeNames(), i18n);
        }
    }
}
