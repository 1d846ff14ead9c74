package org.tandem.mentoring.web.macro.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.learning.FitChecks;
import org.tandem.mentoring.service.pairing.Audience;
import org.tandem.mentoring.service.pairing.PairingAction;
import org.tandem.mentoring.service.pairing.PairingBoard;
import org.tandem.mentoring.service.pairing.PairingQueries;
import org.tandem.mentoring.service.pairing.RankingRuns;
import org.tandem.mentoring.service.pairing.PairingView;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.mentoring.service.access.Writes;

public class PairingMacroTest {

    private final PairingQueries service = mock(PairingQueries.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ConversionContext context = mock(ConversionContext.class);
    private final PropertiesI18n i18n = new PropertiesI18n();
    private final FitChecks fits = mock(FitChecks.class);
    private final RankingRuns rankingRuns = mock(RankingRuns.class);
    private final ViewerLanguage language = mock(ViewerLanguage.class);
    private final PairingMacro macro = new PairingMacro(service, rankingRuns, fits, renderer, i18n, pageBuilder,
            language, mock(Writes.class));
    private final SandboxVelocity velocity = new SandboxVelocity();

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        doAnswer(call -> {
            velocity.renderTemplate(call.getArgument(0), (Map<String, Object>) call.getArgument(1),
                    call.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        when(context.getSpaceKey()).thenReturn("MENTOR");
    }

    @Test
    public void execute_shouldShowCoordinatorsScoresExplanationsWarningsAndTheirTools() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", true, true,
                List.of(coordinatorRow()), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("Pairings of Leaders"));
        assertTrue(html, html.contains("data-pairing-command=\"run\""));
        assertTrue(html, html.contains("<td class=\"tandem-pairing-score\">25</td>"));
        assertTrue(html, html.contains("2 shared themes: Delegating, Prioritising"));
        assertTrue(html, html.contains("Mentee and mentor work in the same department."));
        assertTrue(html, html.contains("data-pairing-action=\"REMOVE\""));
        assertFalse(html, html.contains("data-pairing-action=\"SWAP\""));
    }

    @Test
    public void execute_shouldEscapeEverythingPeopleTyped() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "<b>Leaders</b>", true,
                true, List.of(coordinatorRow()), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("&lt;b&gt;Leaders&lt;/b&gt;"));
        assertTrue(html, html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html, html.contains("<script>"));
    }

    @Test
    public void execute_shouldShowAManagerTheReportAndTheAcknowledgementOnly() throws Exception {
        PairingView managerRow = new PairingView(31, 4, 7, Audience.MANAGER, PairingState.PROPOSED, "mia", null,
                null, null, null, null, null, null, Map.of(Party.MANAGER, Consent.PENDING), null, null, null,
                Set.of(PairingAction.ACKNOWLEDGE), Map.of("mia", "Mia Berg"));
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", false, true,
                List.of(managerRow), List.of(managerRow))));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("Waiting for your answer"));
        assertTrue(html, html.contains("<p class=\"tandem-pairing-waiting\">Waiting for: Manager of the mentee</p>"));
        assertTrue(html, html.contains("<td class=\"tandem-pairing-mentor\" id=\"tandem-pairing-31-mentor\"></td>"));
        assertTrue(html, html.contains("data-pairing-action=\"ACKNOWLEDGE\""));
        assertFalse(html, html.contains("data-pairing-command"));
        assertFalse(html, html.contains("tandem-pairing-score"));
    }

    @Test
    public void execute_shouldShowTheOtherSideANeutralTextInsteadOfTheReason() throws Exception {
        PairingView declined = new PairingView(31, 4, 7, Audience.PARTICIPANT, PairingState.DECLINED, "mia", "olga",
                null, null, null, null, null, null, Map.of(Party.MENTEE, Consent.PENDING), null, null, null,
                Set.of(), Map.of("mia", "Mia Berg", "olga", "Olga Ek"));
        PairingView ended = new PairingView(32, 4, 7, Audience.PARTICIPANT, PairingState.ENDED, "mia", "pete",
                null, null, null, null, null, null, Map.of(), null, null, null, Set.of(), Map.of());
        PairingView own = new PairingView(33, 4, 7, Audience.PARTICIPANT, PairingState.ENDED, "mia", "olga",
                null, null, null, null, null, null, Map.of(), "mia", null, "We covered it", Set.of(), Map.of());
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", false, true,
                List.of(declined, ended, own), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("<p class=\"tandem-pairing-end-reason\">This pairing did not go ahead.</p>"));
        assertTrue(html, html.contains("<p class=\"tandem-pairing-end-reason\">This pairing has ended.</p>"));
        assertTrue(html, html.contains("<p class=\"tandem-pairing-end-reason\">We covered it</p>"));
    }

    @Test
    public void execute_shouldTellCoordinatorsWhichPairingsNeedARematchButNotWhoAsked() throws Exception {
        PairingView ended = new PairingView(32, 4, 7, Audience.COORDINATOR, PairingState.ENDED, "mia", "pete",
                null, null, null, null, null, null, Map.of(), "tandem:fit-check", null, "Not a good fit",
                Set.of(), Map.of("mia", "Mia Berg", "pete", "Pete Holm"));
        PairingView other = new PairingView(33, 4, 7, Audience.COORDINATOR, PairingState.ENDED, "ann", "olga",
                null, null, null, null, null, null, Map.of(), "ann", null, "Moved away", Set.of(),
                Map.of("ann", "Ann Dahl", "olga", "Olga Ek"));
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", true, false,
                List.of(ended, other), List.of())));
        when(fits.rematchesNeeded(7)).thenReturn(Set.of(32));

        String html = macro.execute(Map.of(), null, context);

        assertEquals(html, 1, html.split("<p class=\"tandem-pairing-rematch\">A rematch is needed.</p>", -1).length
                - 1);
        int rematch = html.indexOf("tandem-pairing-rematch\"");
        assertTrue(html, rematch > html.indexOf("data-pairing-id=\"32\"")
                && rematch < html.indexOf("data-pairing-id=\"33\""));
        assertTrue(html, html.contains("need a rematch: 1."));
    }

    @Test
    public void execute_shouldNotAskAboutRematchesForAnyoneButCoordinators() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", false, true,
                List.of(), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertFalse(html, html.contains("rematch"));
        verify(fits, never()).rematchesNeeded(7);
    }

    @Test
    public void execute_shouldShowWhyMentorsMayBeBelowTheirMentee() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", false, true,
                List.of(), List.of(), "Reverse mentoring of the <b>board</b>")));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("In this programme a mentor may be someone the mentee manages."));
        assertTrue(html, html.contains(
                "<p class=\"tandem-pairing-relax-down-reason\">Reverse mentoring of the &lt;b&gt;board&lt;/b&gt;</p>"));
    }

    @Test
    public void execute_shouldKeepTheBoardQuietWhenTheRuleIsWhole() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", true, true,
                List.of(coordinatorRow()), List.of())));

        assertFalse(macro.execute(Map.of(), null, context).contains("tandem-pairing-relax-down"));
    }

    @Test
    public void execute_shouldSayThereIsNothingToSeeAndStillLoadTheScript() throws Exception {
        when(service.boardForSpace("OTHER")).thenReturn(Optional.empty());

        String html = macro.execute(Map.of("space", "OTHER"), null, context);

        assertTrue(html, html.contains("There is no mentoring programme in this space that you may see."));
        verify(pageBuilder.assembler().resources()).requireWebResource(PairingMacro.WEB_RESOURCE);
    }

    @Test
    public void execute_shouldCountTheStagedPairingsAndOfferAProgressMessageForTheRun() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", true, true,
                List.of(coordinatorRow()), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("Staged: 1. Proposed: 0. Active: 0. Declined or ended: 0."));
        assertTrue(html, html.contains("data-pairing-progress"));
        assertTrue(html, html.contains("Matching the approved mentees with the mentors."));
        assertTrue(html, html.contains("data-pairing-command=\"publish\">"));
        assertTrue(html, html.contains("aui-lozenge aui-lozenge-subtle tandem-pairing-state-STAGED"));
    }

    @Test
    public void execute_shouldOfferNoPublishingWhenNothingIsStaged() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", true, true,
                List.of(), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("data-pairing-command=\"publish\" disabled aria-disabled=\"true\">"));
        assertTrue(html, html.contains("There are no pairings for you to see yet."));
    }

    @Test
    public void execute_shouldOfferTheRankedEventsInTheCoordinatorsZoneWithThePlaceEscaped() throws Exception {
        when(language.locale()).thenReturn(java.util.Locale.ENGLISH);
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", true, true,
                List.of(), List.of())));
        when(rankingRuns.rankedEvents(7)).thenReturn(List.of(new RankingRuns.RankedEvent(4,
                java.time.Instant.parse("2027-01-14T15:00:00Z"), java.time.ZoneId.of("Europe/Copenhagen"),
                "<b>Room 1</b>", 12)));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("<option value=\"4\">Jan 14, 2027, 4:00"));
        assertTrue(html, html.contains("PM (Central European Standard Time), &lt;b&gt;Room 1&lt;/b&gt; (12 rankings)"
                + "</option>"));
    }

    private static PairingView coordinatorRow() {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        points.put(Criterion.THEME_FIT, 20);
        return new PairingView(31, 4, 7, Audience.COORDINATOR, PairingState.STAGED, "mia", "olga", 25, points,
                new Explanation(List.of(Explanation.Part.of("tandem.matching.reason.themes", 2,
                        "Delegating, Prioritising"))), Set.of(PairingWarning.SAME_DEPARTMENT),
                "<script>alert(1)</script>", null, Map.of(), "carol", null, null,
                Set.of(PairingAction.REMOVE, PairingAction.SWAP), Map.of("mia", "Mia Berg", "olga", "Olga Ek"));
    }
}
