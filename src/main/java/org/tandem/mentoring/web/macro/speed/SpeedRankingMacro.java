package org.tandem.mentoring.web.macro.speed;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.pairing.SpeedRankings;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.macro.WebResources;

/**
 * {@code tandem-speed-ranking}: after a speed-mentoring event, each participant ranks the people they met (a list
 * ordered by dragging or by Move up and Move down buttons, with a "would not pair" box per person); the
 * programme's coordinators see who has ranked, remind the rest and match from the rankings onto the pairing board.
 * The page holds only the events; {@code js/speed-ranking.js} reads and saves through the REST API, which decides
 * who may see what (a ranking only its author).
 */
@Named
public class SpeedRankingMacro extends BlockMacro {

    static final String TEMPLATE = "templates/speed/speed-ranking.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-speed-ranking-resources";

    private final SpeedRankings rankings;
    private final ViewerLanguage language;
    private final ApplicationProperties application;
    private final MacroPage page;

    public SpeedRankingMacro(SpeedRankings rankings, ViewerLanguage language, ApplicationProperties application,
            TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder, Writes writes) {
        this.rankings = rankings;
        this.language = language;
        this.application = application;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        page.require(WebResources.STYLES);
        page.require(WEB_RESOURCE);
        Optional<SpeedRankings.Page> found = rankings.forSpace(MacroParameters.spaceKey(parameters, context));
        Map<String, Object> model = new HashMap<>();
        model.put("found", found.isPresent());
        found.ifPresent(p -> {
            model.put("programmeId", p.programmeId());
            model.put("coordinator", p.coordinator());
            model.put("ranking", events(p.ranking(), "tandem.speed.ranking.event", p.zone()));
            model.put("coordinated", events(p.coordinated(), "tandem.speed.ranking.status.title", p.zone()));
            model.put("boardUrl", application.getBaseUrl(UrlMode.RELATIVE) + p.boardLink());
        });
        return page.render(TEMPLATE, model);
    }

    private List<Map<String, Object>> events(List<SpeedEvent> events, String titleKey, ZoneId zone) {
        return events.stream().map(event -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", event.id());
            item.put("title", page.i18n().getText(titleKey, ViewerLanguage.dateTimeIn(event.startsAt(), zone,
                    language.locale()), event.place()));
            return item;
        }).toList();
    }
}
