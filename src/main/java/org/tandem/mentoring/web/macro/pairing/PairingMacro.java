package org.tandem.mentoring.web.macro.pairing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.learning.FitChecks;
import org.tandem.mentoring.service.pairing.PairingBoard;
import org.tandem.mentoring.service.pairing.PairingQueries;
import org.tandem.mentoring.service.pairing.RankingRuns;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroPage;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.service.access.Writes;

/**
 * {@code tandem-pairing}: the pairing board of the programme in the space. Coordinators see every pairing with its
 * score, explanation and warnings, and run and publish matching; the mentee and the mentor see their own pairing
 * and answer it; a manager sees that a report is paired and acknowledges. Coordinators also read, per pairing that a
 * "not a good fit" answer ended, that a rematch is needed (never who answered), and may match from the rankings of a
 * speed-mentoring event that someone ranked. The buttons post JSON to the REST API ({@code js/pairing.js}, with
 * {@code js/pairing-run.js} showing a run's progress); the service decides who may see and do what.
 */
@Named
public class PairingMacro extends BlockMacro {

    static final String TEMPLATE = "templates/pairing/pairing.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-pairing-resources";

    private final PairingQueries pairings;
    private final RankingRuns rankingRuns;
    private final FitChecks fits;
    private final MacroPage page;
    private final ViewerLanguage language;

    public PairingMacro(PairingQueries pairings, RankingRuns rankingRuns, FitChecks fits, TemplateRenderer renderer,
            I18nResolver i18n, PageBuilderService pageBuilder, ViewerLanguage language, Writes writes) {
        this.pairings = pairings;
        this.rankingRuns = rankingRuns;
        this.language = language;
        this.fits = fits;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        Optional<PairingBoard> board = pairings.boardForSpace(MacroParameters.spaceKey(parameters, context));
        page.require(WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("board", board.map(found -> new PairingBoardView(found,
                found.coordinator() ? fits.rematchesNeeded(found.programmeId()) : Set.of(), page.i18n(),
                language.locale()))
                .orElse(null));
        model.put("rankedEvents", board.filter(found -> found.coordinator() && found.matchingOpen())
                .map(found -> rankingRuns.rankedEvents(found.programmeId()).stream()
                        .map(event -> new RankedEventView(event, page.i18n(), language.locale())).toList())
                .orElse(List.of()));
        return page.render(TEMPLATE, model);
    }
}
