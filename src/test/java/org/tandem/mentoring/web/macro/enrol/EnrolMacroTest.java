package org.tandem.mentoring.web.macro.enrol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationAction;
import org.tandem.mentoring.service.enrolment.EnrolmentPage;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.mentoring.service.access.Writes;

public class EnrolMacroTest {

    private final EnrolmentQueries enrolment = mock(EnrolmentQueries.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ConversionContext context = mock(ConversionContext.class);
    private final PropertiesI18n i18n = new PropertiesI18n("/i18n/tandem.properties",
            "/i18n/tandem-enrolment.properties");
    private final EnrolMacro macro = new EnrolMacro(enrolment, renderer, i18n, pageBuilder,
            org.tandem.mentoring.web.Languages.english(), mock(Writes.class));
    private final SandboxVelocity velocity = new SandboxVelocity();

    private final Programme programme = new Programme(7, 1, "Leaders <b>&</b> co", "MENTOR",
            ProgrammeType.ONE_TO_ONE, null, null, LocalDate.of(2027, 1, 1), 12, Cadence.MONTHLY, null, true, false,
            ProgrammePhase.ENROLMENT_OPEN);
    private final List<LearningTheme> themes = List.of(
            new LearningTheme(1, 1, null, "new-in-role", "Delegating"),
            new LearningTheme(2, 1, 7, "Our <own> themes", "<script>alert(1)</script>"));
    private final Map<String, String> mentors = new LinkedHashMap<>(Map.of("olga", "Olga \"the\" Mentor"));

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() throws IOException, com.atlassian.templaterenderer.RenderingException {
        when(context.getSpaceKey()).thenReturn("MENTOR");
        doAnswer(call -> {
            velocity.renderTemplate(call.getArgument(0), (Map<String, Object>) call.getArgument(1), call.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    public void execute_shouldShowTheApplyFormWhenThePersonHasNotApplied() throws Exception {
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(page(null, "Bo Ss")));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("<form class=\"aui tandem-enrol-form\""));
        assertTrue(html.contains("data-mode=\"apply\""));
        assertTrue(html.contains("value=\"MENTEE\""));
        assertTrue(html.contains("value=\"MENTOR\""));
        assertTrue(html.contains("name=\"themeIds\" id=\"tandem-enrol-theme-1\" value=\"1\""));
        assertTrue(html.contains("data-error-for=\"goals\""));
        assertTrue(html.contains("data-error-for=\"capacity\""));
        assertTrue(html.contains("data-error-for=\"motivation\""));
        assertTrue(html.contains("data-error-for=\"excludedUserKeys\""));
        assertTrue(html.contains("data-programme-id=\"7\""));
        assertTrue(html.contains("Your manager, Bo Ss, will be asked to approve your application."));
        assertTrue(html.contains("<p class=\"tandem-enrol-category\">New in role</p>"));
        assertTrue(html.contains("<p class=\"tandem-enrol-category\">Our &lt;own&gt; themes</p>"));
        assertFalse(html.contains("tandem-enrol-application"));
    }

    @Test
    public void execute_shouldEscapeEverythingThatComesFromPeople() throws Exception {
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(page(null, "<i>Bo</i>")));

        String html = macro.execute(Map.of(), null, context);

        assertFalse(html.contains("<script>alert(1)</script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<b>&</b>"));
        assertTrue(html.contains("Leaders &lt;b&gt;&amp;&lt;/b&gt; co"));
        assertTrue(html.contains("Olga &quot;the&quot; Mentor"));
        assertFalse(html.contains("<i>Bo</i>"));
    }

    @Test
    public void execute_shouldShowTheOwnApplicationWithItsStateAndSteps() throws Exception {
        Application application = application(ParticipantState.AWAITING_MANAGER, "mia", null,
                Set.of(ApplicationAction.EDIT, ApplicationAction.WITHDRAW));
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(page(application, "Bo Ss")));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("tandem-enrol-application"));
        assertTrue(html, html.contains("Awaiting the manager"));
        assertTrue(html.contains("data-action=\"edit\""));
        assertTrue(html.contains("data-action=\"withdraw\""));
        assertFalse(html.contains("data-action=\"confirm\""));
        assertTrue(html.contains("data-application-id=\"21\""));
        assertTrue(html.contains("data-version=\"4\""));
        assertTrue(html.contains("data-mode=\"edit\""));
        assertTrue(html.contains("<input type=\"hidden\" name=\"role\" value=\"MENTEE\">"));
        assertTrue(html.contains("Bo Ss has been asked to approve your application."));
        assertTrue(html.contains("Learn &lt;to&gt; delegate</textarea>"));
    }

    @Test
    public void execute_shouldShowWhoDeclinedWhenAndWhy() throws Exception {
        Application application = application(ParticipantState.DECLINED, "boss", "Busy <quarter>", Set.of());
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(page(application, "Bo Ss")));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("Declined"));
        assertTrue(html.contains("aui-lozenge-error"));
        assertTrue(html, html.contains("Bo Ss, 23 Nov 2026, 10:15 (UTC)"));
        assertTrue(html.contains("Busy &lt;quarter&gt;"));
        assertFalse(html.contains("<form"));
        assertFalse(html.contains("data-action="));
    }

    @Test
    public void execute_shouldOfferANomineeToConfirm() throws Exception {
        Application application = application(ParticipantState.APPLIED, "boss", null,
                Set.of(ApplicationAction.CONFIRM, ApplicationAction.WITHDRAW, ApplicationAction.EDIT));
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(page(application, "Bo Ss")));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("data-action=\"confirm\""));
        assertTrue(html.contains("Bo Ss nominated you for this programme."));
    }

    @Test
    public void execute_shouldSaySoWhenThereIsNoProgrammeToSee() throws Exception {
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.empty());

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("No mentoring programme here"));
        assertFalse(html.contains("<form"));
    }

    @Test
    public void execute_shouldAskAnonymousVisitorsToSignIn() throws Exception {
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(new EnrolmentPage(programme, false, true,
                themes, Map.of(), null, null, Optional.empty())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("Sign in to apply to this programme."));
        assertFalse(html.contains("<form"));
    }

    @Test
    public void execute_shouldSayWhenEnrolmentIsClosed() throws Exception {
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(new EnrolmentPage(
                programme.withPhase(ProgrammePhase.RUNNING), true, false, themes, Map.of(), null, null,
                Optional.empty())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html.contains("This programme does not take applications now."));
        assertFalse(html.contains("<form"));
    }

    @Test
    public void execute_shouldPreferTheSpaceParameterAndRequireTheScripts() throws Exception {
        when(enrolment.pageForSpace("OTHER")).thenReturn(Optional.empty());

        macro.execute(Map.of("space", "OTHER"), null, context);

        verify(enrolment).pageForSpace("OTHER");
        verify(pageBuilder.assembler().resources()).requireWebResource(EnrolMacro.WEB_RESOURCE);
    }

    @Test
    public void execute_shouldFindEveryStringItUses() throws Exception {
        when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(page(null, null)));
        macro.execute(Map.of(), null, context);
        for (ParticipantState state : ParticipantState.values()) {
            Application application = application(state, "boss", "Why", Set.of(ApplicationAction.values()));
            when(enrolment.pageForSpace("MENTOR")).thenReturn(Optional.of(page(application, "Bo Ss")));
            macro.execute(Map.of(), null, context);
        }

        // a category the coordinator made up has no text and is shown as written
        assertEquals(Set.of("tandem.theme.category.Our <own> themes"), i18n.missing());
    }

    @Test
    public void template_shouldStartWithHtmlSafe() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/" + EnrolMacro.TEMPLATE)) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(template.startsWith("#htmlSafe()\n"));
            assertFalse("user data must not be named *Html", template.matches("(?s).*\\$!?\\{?[\\w.]*Html\\b.*"));
        }
    }

    private EnrolmentPage page(Application application, String managerName) {
        return new EnrolmentPage(programme, true, true, themes, mentors, managerName == null ? null : "boss",
                managerName, Optional.ofNullable(application));
    }

    private static Application application(ParticipantState state, String decidedBy, String reason,
            Set<ApplicationAction> actions) {
        Participant participant = new Participant(21, 4, 7, "mia", ParticipantRole.MENTEE, List.of(1), 1, null,
                "Learn <to> delegate", "en", "Tuesdays", List.of("olga"), List.of(), state, decidedBy,
                Instant.parse("2026-11-23T10:15:30Z"));
        return new Application(participant, List.of(new LearningTheme(1, 1, null, "New in role", "Delegating")),
                "boss", reason, state == ParticipantState.APPLIED, false,
                Map.of("mia", "Mia Berg", "boss", "Bo Ss", "olga", "Olga Ek"), actions);
    }
}
