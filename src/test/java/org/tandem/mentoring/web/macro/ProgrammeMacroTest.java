package org.tandem.mentoring.web.macro;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.programme.ProgrammeAdministration;
import org.tandem.mentoring.service.programme.ProgrammeOverview;
import org.tandem.mentoring.service.programme.ProgrammeOverviewService;
import org.tandem.mentoring.service.programme.ThemeOffer;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.mentoring.service.access.Writes;

public class ProgrammeMacroTest {

    private final ProgrammeOverviewService overviews = mock(ProgrammeOverviewService.class);
    private final ProgrammeAdministration administration = mock(ProgrammeAdministration.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ProgrammeMacro macro = new ProgrammeMacro(overviews, administration, renderer,
            new PropertiesI18n("/i18n/tandem.properties"), pageBuilder,
            org.tandem.mentoring.web.Languages.english(), mock(Writes.class),
            mock(com.atlassian.sal.api.ApplicationProperties.class));
    private final SandboxVelocity velocity = new SandboxVelocity();
    private final Programme programme = new Programme(7, 5, "Leaders", "MENTOR", ProgrammeType.ONE_TO_ONE,
            "Grow <script>alert(1)</script> leaders", "8 of 10 \"pairs\" meet", LocalDate.of(2027, 1, 4), 12,
            Cadence.FORTNIGHTLY, "Stays & stays in the pair", true, false, ProgrammePhase.RUNNING);

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        when(context.getSpaceKey()).thenReturn("MENTOR");
        doAnswer(call -> {
            velocity.renderTemplate(call.getArgument(0), (Map<String, Object>) call.getArgument(1),
                    call.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        when(administration.themes(7)).thenReturn(new ThemeOffer(7, true, List.of(
                new LearningTheme(1, 1, null, "struggling", "Delegating"),
                new LearningTheme(40, 2, 7, "sales<i>", "Pitching <b>hard</b>"))));
    }

    @Test
    public void execute_shouldGiveCoordinatorsTheLegalNextPhasesWithAConfirmForClosing() throws Exception {
        showAs(true);

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("class=\"tandem-programme-admin\""));
        assertTrue(html.contains("data-programme-id=\"7\""));
        assertTrue(html.contains("data-version=\"5\""));
        assertTrue(html.contains("data-phase=\"MATCHING\""));
        assertTrue(html.contains("data-phase=\"CLOSING\""));
        assertFalse("no illegal move offered", html.contains("data-phase=\"ARCHIVED\""));
        assertTrue(html.contains("Move to: Closing"));
        assertTrue(html.contains("data-confirm-text=\"Move the programme to Closing?"));
        int matching = html.indexOf("data-phase=\"MATCHING\"");
        assertFalse("no confirm to go back to matching",
                html.substring(matching, html.indexOf('>', matching)).contains("data-confirm-text"));
        verify(pageBuilder.assembler().resources()).requireWebResource(ProgrammeMacro.ADMINISTRATION);
    }

    @Test
    public void execute_shouldFillTheCharterFormWithTheStoredCharter() throws Exception {
        showAs(true);

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("class=\"aui tandem-charter-form\""));
        assertTrue(html.contains("name=\"startDate\" value=\"2027-01-04\""));
        assertTrue(html.contains("<option value=\"FORTNIGHTLY\" selected>"));
        assertTrue(html.contains("id=\"tandem-charter-manager\" name=\"managerApprovalRequired\" checked"));
        assertFalse(html.contains("name=\"sponsorApprovalRequired\" checked"));
        assertTrue(html.contains("data-field-error=\"goals\""));
    }

    @Test
    public void execute_shouldListOnlyTheProgrammesOwnThemesForRemoval() throws Exception {
        showAs(true);

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("data-theme-id=\"40\""));
        assertFalse(html.contains("data-theme-id=\"1\""));
        assertTrue(html.contains("<option value=\"struggling\">"));
    }

    @Test
    public void execute_shouldEscapeCharterAndThemesEverywhere() throws Exception {
        showAs(true);

        String html = macro.execute(Map.of(), null, context);

        assertFalse(html, html.contains("<script>"));
        assertFalse(html.contains("<b>hard</b>"));
        assertFalse(html.contains("sales<i>"));
        assertTrue(html.contains("Grow &lt;script&gt;alert(1)&lt;/script&gt; leaders"));
        assertTrue(html.contains("Pitching &lt;b&gt;hard&lt;/b&gt;"));
        assertTrue(html.contains("8 of 10 &quot;pairs&quot; meet"));
        assertTrue(html.contains("Stays &amp; stays in the pair"));
    }

    @Test
    public void execute_shouldShowStaffNoControls() throws Exception {
        showAs(false);

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("class=\"tandem-programme\""));
        assertFalse(html.contains("tandem-programme-admin"));
        assertFalse(html.contains("data-phase="));
        assertFalse(html.contains("tandem-charter-form"));
        assertFalse(html.contains("tandem-theme-form"));
        verify(administration, never()).themes(anyInt());
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(ProgrammeMacro.ADMINISTRATION);
    }

    @Test
    public void execute_shouldSayWhenAnArchivedProgrammeCanMoveNowhere() throws Exception {
        when(overviews.forSpace("MENTOR")).thenReturn(Optional.of(new ProgrammeOverview(
                programme.withPhase(ProgrammePhase.ARCHIVED), true, Map.of(), List.of(), Map.of())));

        String html = macro.execute(Map.of(), null, context);

        assertFalse(html, html.contains("data-phase="));
        assertTrue(html.contains("The programme is archived; nothing follows."));
    }

    @Test
    public void execute_shouldOfferOpeningEnrolmentAndDroppingADraft() throws Exception {
        when(overviews.forSpace("MENTOR")).thenReturn(Optional.of(new ProgrammeOverview(
                programme.withPhase(ProgrammePhase.DRAFT), true, Map.of(), List.of(), Map.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("data-phase=\"ENROLMENT_OPEN\""));
        int archived = html.indexOf("data-phase=\"ARCHIVED\"");
        assertTrue("dropping a draft asks first",
                html.substring(archived, html.indexOf('>', archived)).contains("data-confirm-text="));
    }

    @Test
    public void execute_shouldShowNoControlsWhenThereIsNoProgramme() throws Exception {
        when(overviews.forSpace("MENTOR")).thenReturn(Optional.empty());

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("No mentoring programme here"));
        assertFalse(html.contains("tandem-programme-admin"));
    }

    private void showAs(boolean coordinator) {
        when(overviews.forSpace("MENTOR")).thenReturn(Optional.of(new ProgrammeOverview(programme, coordinator,
                Map.of(), List.of(), Map.of("struggling", List.of("Delegating")))));
    }
}
