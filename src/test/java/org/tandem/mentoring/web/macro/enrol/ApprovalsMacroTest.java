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
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.Writer;
import java.time.LocalDate;
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
import org.tandem.mentoring.service.enrolment.ApprovalQueue;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.mentoring.service.access.Writes;

public class ApprovalsMacroTest {

    private final EnrolmentQueries enrolment = mock(EnrolmentQueries.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final PropertiesI18n i18n = new PropertiesI18n("/i18n/tandem.properties",
            "/i18n/tandem-enrolment.properties");
    private final ApprovalsMacro macro = new ApprovalsMacro(enrolment, renderer, i18n,
            mock(PageBuilderService.class, RETURNS_DEEP_STUBS), mock(Writes.class));
    private final SandboxVelocity velocity = new SandboxVelocity();
    private final Programme programme = new Programme(7, 1, "Leaders", "MENTOR", ProgrammeType.ONE_TO_ONE, null,
            null, LocalDate.of(2027, 1, 1), 12, Cadence.MONTHLY, null, true, false, ProgrammePhase.ENROLMENT_OPEN);

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        when(context.getSpaceKey()).thenReturn("MENTOR");
        doAnswer(call -> {
            velocity.renderTemplate(call.getArgument(0), (Map<String, Object>) call.getArgument(1), call.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    public void execute_shouldShowNothingWhenNothingWaits() throws Exception {
        when(enrolment.approvalsForSpace("MENTOR")).thenReturn(Optional.of(
                new ApprovalQueue(programme, false, List.of(), List.of())));

        assertEquals("", macro.execute(Map.of(), null, context).trim());

        when(enrolment.approvalsForSpace("MENTOR")).thenReturn(Optional.empty());
        assertEquals("", macro.execute(Map.of(), null, context).trim());
    }

    @Test
    public void execute_shouldListTheTeamsApplicationsWithDecisionButtons() throws Exception {
        Application mia = application(11, "mia", ParticipantRole.MENTEE, "Lead my <first> team",
                Set.of(ApplicationAction.APPROVE_AS_MANAGER, ApplicationAction.DECLINE_AS_MANAGER));
        when(enrolment.approvalsForSpace("MENTOR")).thenReturn(Optional.of(
                new ApprovalQueue(programme, false, List.of(mia), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("data-application-id=\"11\""));
        assertTrue(html.contains("data-decider=\"manager\""));
        assertTrue(html.contains("Mia &lt;M&gt; Jones"));
        assertTrue("the applicant's words are escaped", html.contains("Lead my &lt;first&gt; team"));
        assertFalse(html.contains("<first>"));
        assertTrue(html.contains("data-verdict=\"APPROVE\""));
        assertTrue(html.contains("Delegating"));
        assertFalse("no coordinator section for a manager", html.contains("As a coordinator"));
    }

    @Test
    public void execute_shouldShowCoordinatorsTheirQueueWithoutButtonsTheyMayNotUse() throws Exception {
        Application olga = application(12, "olga", ParticipantRole.MENTOR, "Give back", Set.of());
        when(enrolment.approvalsForSpace("MENTOR")).thenReturn(Optional.of(
                new ApprovalQueue(programme, true, List.of(), List.of(olga))));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("data-decider=\"coordinator\""));
        assertTrue(html.contains("As a coordinator"));
        assertTrue(html.contains("Why they want to mentor"));
        assertFalse(html.contains("data-verdict"));
    }

    private static Application application(int id, String userKey, ParticipantRole role, String statement,
            Set<ApplicationAction> actions) {
        Participant participant = new Participant(id, 3, 7, userKey, role, List.of(1), 2,
                role == ParticipantRole.MENTOR ? statement : null, role == ParticipantRole.MENTEE ? statement : null,
                "en", null, List.of(), List.of(),
                role == ParticipantRole.MENTEE ? ParticipantState.AWAITING_MANAGER : ParticipantState.AWAITING_COORDINATOR,
                null, null);
        return new Application(participant, List.of(new LearningTheme(1, 1, null, "struggling", "Delegating")),
                "boss", null, false, false, Map.of("mia", "Mia <M> Jones", "olga", "Olga Berg", "boss", "Bo Ss"),
                actions.isEmpty() ? Set.of() : actions);
    }
}
