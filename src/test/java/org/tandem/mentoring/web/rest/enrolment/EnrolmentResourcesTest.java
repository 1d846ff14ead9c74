package org.tandem.mentoring.web.rest.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.tandem.mentoring.web.rest.RestPipeline.json;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationAction;
import org.tandem.mentoring.service.enrolment.ApplicationDecisions;
import org.tandem.mentoring.service.enrolment.ApplicationForm;
import org.tandem.mentoring.service.enrolment.Applications;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.service.enrolment.EnrolmentRefusals;
import org.tandem.mentoring.service.enrolment.Verdict;
import org.tandem.mentoring.web.rest.RestPipeline;

public class EnrolmentResourcesTest {

    private static final Instant DECIDED = Instant.parse("2026-11-23T10:15:30Z");

    private final EnrolmentQueries queries = mock(EnrolmentQueries.class);
    private final Applications applicationService = mock(Applications.class);
    private final ApplicationDecisions decisions = mock(ApplicationDecisions.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ProgrammeApplicationsResource programmeApplications = new ProgrammeApplicationsResource(queries, applicationService);
    private final ApplicationResource applications = new ApplicationResource(queries, applicationService, decisions);
    private final ObjectMapper json = new ObjectMapper();

    private final Application application = new Application(
            new Participant(21, 3, 7, "mia", ParticipantRole.MENTEE, List.of(1), 1, null, "Delegate more", "en",
                    "Tuesdays", List.of("olga"), List.of("eve"), ParticipantState.AWAITING_COORDINATOR, "boss",
                    DECIDED),
            List.of(new LearningTheme(1, 1, null, "new-in-role", "Delegating")), "boss", "Good fit", false, false,
            Map.of("mia", "Mia Berg", "boss", "Bo Ss", "olga", "Olga Ek", "eve", "Eve Lind"),
            Set.of(ApplicationAction.WITHDRAW, ApplicationAction.EDIT));

    @Before
    public void setUp() {
        when(i18n.getText(anyString())).thenAnswer(call -> "text:" + call.getArgument(0));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            return "text:" + all[0] + Arrays.toString(Arrays.copyOfRange(all, 1, all.length));
        });
    }

    @Test
    public void list_shouldAnswer200WithTheApplicationsAsJson() throws Exception {
        when(queries.list(7)).thenReturn(List.of(application));

        Response response = call(() -> programmeApplications.list(7));

        assertEquals(200, response.getStatus());
        JsonNode body = body(response);
        assertEquals(1, body.size());
        assertEquals(21, body.get(0).get("id").asInt());
    }

    @Test
    public void get_shouldDescribeTheApplicationWithPeopleThemesAndActions() throws Exception {
        when(queries.get(21)).thenReturn(application);

        JsonNode body = body(call(() -> applications.get(21)));

        assertEquals(3, body.get("version").asInt());
        assertEquals("MENTEE", body.get("role").asText());
        assertEquals("AWAITING_COORDINATOR", body.get("state").asText());
        assertEquals("Mia Berg", body.get("applicant").get("displayName").asText());
        assertEquals("boss", body.get("manager").get("userKey").asText());
        assertEquals("Bo Ss", body.get("decidedBy").get("displayName").asText());
        assertEquals("2026-11-23T10:15:30Z", body.get("decidedAt").asText());
        assertEquals("Good fit", body.get("decisionReason").asText());
        assertEquals("Delegating", body.get("themes").get(0).get("name").asText());
        assertEquals("Eve Lind", body.get("excluded").get(0).get("displayName").asText());
        assertEquals("[\"EDIT\",\"WITHDRAW\"]", body.get("actions").toString());
    }

    @Test
    public void get_shouldAnswer404WithAPlainMessageForWhatIsNotTheCallersToSee() throws Exception {
        when(queries.get(21)).thenThrow(EnrolmentRefusals.applicationNotFound(21));

        Response response = call(() -> applications.get(21));

        assertEquals(404, response.getStatus());
        JsonNode body = body(response);
        assertEquals(404, body.get("status").asInt());
        assertEquals("text:tandem.enrol.error.application.not-found[21]", body.get("message").asText());
        assertNull(body.get("fieldErrors"));
    }

    @Test
    public void apply_shouldAnswer201WithTheNewApplication() throws Exception {
        when(applicationService.apply(anyInt(), any())).thenReturn(application);

        Response response = call(() -> programmeApplications.apply(7, json(Map.of("role", "mentee", "themeIds", List.of(1, "2"),
                "goals", "Delegate more", "preferredUserKeys", List.of("olga")))));

        assertEquals(201, response.getStatus());
        ArgumentCaptor<ApplicationForm> form = ArgumentCaptor.forClass(ApplicationForm.class);
        verify(applicationService).apply(org.mockito.ArgumentMatchers.eq(7), form.capture());
        assertEquals(ParticipantRole.MENTEE, form.getValue().role());
        assertEquals(List.of(1, 2), form.getValue().themeIds());
        assertEquals(List.of("olga"), form.getValue().preferredUserKeys());
        assertEquals(21, body(response).get("id").asInt());
    }

    @Test
    public void apply_shouldAnswer400WithEveryFieldErrorTheServiceFound() throws Exception {
        Map<String, FieldError> errors = new java.util.LinkedHashMap<>();
        errors.put("capacity", FieldError.of("tandem.enrol.error.capacity.range", 1, 10));
        errors.put("motivation", FieldError.of("tandem.enrol.error.motivation.missing"));
        when(applicationService.apply(anyInt(), any())).thenThrow(EnrolmentRefusals.invalid(errors));

        Response response = call(() -> programmeApplications.apply(7, json(Map.of("role", "MENTOR", "capacity", 0))));

        assertEquals(400, response.getStatus());
        JsonNode body = body(response);
        assertEquals(400, body.get("status").asInt());
        assertEquals("text:tandem.enrol.error.invalid[]", body.get("message").asText());
        assertEquals("tandem.enrol.error.capacity.range", body.get("fieldErrors").get("capacity").get("key").asText());
        assertEquals("text:tandem.enrol.error.capacity.range[1, 10]",
                body.get("fieldErrors").get("capacity").get("message").asText());
        assertEquals("text:tandem.enrol.error.motivation.missing[]",
                body.get("fieldErrors").get("motivation").get("message").asText());
    }

    @Test
    public void apply_shouldAnswer400ForValuesOfTheWrongTypeWithoutAskingTheService() throws Exception {
        Map<String, Object> request = new HashMap<>();
        request.put("role", "BOSS");
        request.put("capacity", "ten");
        request.put("themeIds", "1,2");
        request.put("goals", List.of("not", "text"));
        request.put("excludedUserKeys", List.of(3));

        Response response = call(() -> programmeApplications.apply(7, json(request)));

        assertEquals(400, response.getStatus());
        JsonNode fields = body(response).get("fieldErrors");
        assertEquals("tandem.enrol.error.role.invalid", fields.get("role").get("key").asText());
        assertEquals("tandem.enrol.error.type.number", fields.get("capacity").get("key").asText());
        assertEquals("tandem.enrol.error.type.list", fields.get("themeIds").get("key").asText());
        assertEquals("tandem.enrol.error.type.text", fields.get("goals").get("key").asText());
        assertEquals("tandem.enrol.error.type.texts", fields.get("excludedUserKeys").get("key").asText());
        verifyNoInteractions(queries, applicationService, decisions);
    }

    @Test
    public void apply_shouldPassAnEmptyFormForAnEmptyObject() {
        when(applicationService.apply(anyInt(), any())).thenReturn(application);

        assertEquals(201, call(() -> programmeApplications.apply(7, json(Map.of()))).getStatus());

        ArgumentCaptor<ApplicationForm> form = ArgumentCaptor.forClass(ApplicationForm.class);
        verify(applicationService).apply(org.mockito.ArgumentMatchers.eq(7), form.capture());
        assertNull(form.getValue().role());
        assertEquals(List.of(), form.getValue().themeIds());
    }

    @Test
    public void apply_shouldAnswer400WithoutCallingTheServiceForAMissingBody() throws Exception {
        Response response = call(() -> programmeApplications.apply(7, ""));

        assertEquals(400, response.getStatus());
        assertEquals("text:tandem.rest.error.body[]", body(response).get("message").asText());
        verifyNoInteractions(queries, applicationService, decisions);
    }

    @Test
    public void apply_shouldAnswer404ForAProgrammeTheCallerMayNotSee() {
        when(applicationService.apply(anyInt(), any())).thenThrow(EnrolmentRefusals.programmeNotFound(7));

        assertEquals(404, call(() -> programmeApplications.apply(7, json(Map.of("role", "MENTEE")))).getStatus());
    }

    @Test
    public void edit_shouldRequireTheVersion() throws Exception {
        Response response = call(() -> applications.edit(21, json(Map.of("role", "MENTEE", "goals", "More"))));

        assertEquals(400, response.getStatus());
        assertEquals("tandem.enrol.error.version.missing",
                body(response).get("fieldErrors").get("version").get("key").asText());
        verifyNoInteractions(queries, applicationService, decisions);
    }

    @Test
    public void edit_shouldPassTheVersionAndAnswer200() {
        when(applicationService.edit(anyInt(), anyInt(), any())).thenReturn(application);

        Response response = call(() -> applications.edit(21, json(Map.of("version", 3, "role", "MENTEE", "goals", "More"))));

        assertEquals(200, response.getStatus());
        verify(applicationService).edit(org.mockito.ArgumentMatchers.eq(21), org.mockito.ArgumentMatchers.eq(3), any());
    }

    @Test
    public void edit_shouldAnswer409OnAStaleVersion() throws Exception {
        when(applicationService.edit(anyInt(), anyInt(), any()))
                .thenThrow(new Refusal.Conflict(EnrolmentRefusals.STALE));

        Response response = call(() -> applications.edit(21, json(Map.of("version", 2, "role", "MENTEE"))));

        assertEquals(409, response.getStatus());
        assertEquals("text:tandem.enrol.error.stale[]", body(response).get("message").asText());
    }

    @Test
    public void withdraw_shouldAnswer200WithTheWithdrawnApplication() {
        when(applicationService.withdraw(21, 3)).thenReturn(application);

        assertEquals(200, call(() -> applications.withdraw(21, json(Map.of("version", 3)))).getStatus());
    }

    @Test
    public void withdraw_shouldAnswer403WhenItIsNotTheCallersApplication() throws Exception {
        when(applicationService.withdraw(21, 3))
                .thenThrow(new Refusal.Forbidden("tandem.enrol.error.forbidden.not-applicant"));

        Response response = call(() -> applications.withdraw(21, json(Map.of("version", 3))));

        assertEquals(403, response.getStatus());
        assertEquals(403, body(response).get("status").asInt());
    }

    @Test
    public void confirm_shouldAnswer409WhenTheStateNoLongerAllowsIt() {
        when(applicationService.confirm(21, 3)).thenThrow(new Refusal.Conflict(EnrolmentRefusals.STATE));

        assertEquals(409, call(() -> applications.confirm(21, json(Map.of("version", 3)))).getStatus());
    }

    @Test
    public void decideAsManager_shouldPassTheVerdictAndReason() {
        when(decisions.decideAsManager(21, 3, Verdict.DECLINE, "Busy quarter")).thenReturn(application);

        Response response = call(() -> applications.decideAsManager(21, json(Map.of("version", 3, "verdict", "decline",
                "reason", "Busy quarter"))));

        assertEquals(200, response.getStatus());
        verify(decisions).decideAsManager(21, 3, Verdict.DECLINE, "Busy quarter");
    }

    @Test
    public void decideAsManager_shouldAnswer400ForAnUnknownVerdict() throws Exception {
        Response response = call(() -> applications.decideAsManager(21, json(Map.of("version", 3, "verdict", "maybe"))));

        assertEquals(400, response.getStatus());
        assertEquals("tandem.enrol.error.verdict.invalid",
                body(response).get("fieldErrors").get("verdict").get("key").asText());
        verifyNoInteractions(queries, applicationService, decisions);
    }

    @Test
    public void decideAsCoordinator_shouldAnswer404ForAStranger() {
        when(decisions.decideAsCoordinator(21, 3, Verdict.APPROVE, null))
                .thenThrow(EnrolmentRefusals.applicationNotFound(21));

        assertEquals(404, call(() -> applications.decideAsCoordinator(21, json(Map.of("version", 3, "verdict", "APPROVE"))))
                .getStatus());
    }

    @Test
    public void decideAsCoordinator_shouldAnswer200() {
        when(decisions.decideAsCoordinator(21, 3, Verdict.APPROVE, null)).thenReturn(application);

        assertEquals(200, call(() -> applications.decideAsCoordinator(21, json(Map.of("version", 3, "verdict", "APPROVE"))))
                .getStatus());
    }

    @Test
    public void awaitingMe_shouldAskForTheRightQueue() {
        when(queries.awaitingMeAsManager(7)).thenReturn(List.of(application));
        when(queries.awaitingMeAsCoordinator(7)).thenThrow(
                new Refusal.Forbidden("tandem.enrol.error.forbidden.not-coordinator"));

        assertEquals(200, call(() -> programmeApplications.awaitingMe(7, "manager")).getStatus());
        assertEquals(403, call(() -> programmeApplications.awaitingMe(7, "coordinator")).getStatus());
        assertEquals(400, call(() -> programmeApplications.awaitingMe(7, "sponsor")).getStatus());
    }

    @Test
    public void mine_shouldAnswer200WithTheCallersApplications() throws Exception {
        when(queries.mine()).thenReturn(List.of(application));

        Response response = call(() -> applications.mine());

        assertEquals(200, response.getStatus());
        assertEquals(21, body(response).get(0).get("id").asInt());
    }

    @Test
    public void awaitingMeEverywhere_shouldAskForTheRightQueue() {
        when(queries.awaitingMeAsManagerEverywhere()).thenReturn(List.of());
        when(queries.awaitingMeAsCoordinatorEverywhere()).thenReturn(List.of(application));

        assertEquals(200, call(() -> applications.awaitingMe("manager")).getStatus());
        assertEquals(200, call(() -> applications.awaitingMe("coordinator")).getStatus());
        assertEquals(400, call(() -> applications.awaitingMe(null)).getStatus());
        verify(queries).awaitingMeAsManagerEverywhere();
        verify(queries).awaitingMeAsCoordinatorEverywhere();
    }

    @Test
    public void nominate_shouldPassTheNominee() {
        when(applicationService.nominate(anyInt(), anyString(), any())).thenReturn(application);

        Response response = call(() -> programmeApplications.nominate(7, json(Map.of("nominee", "noah", "role", "MENTEE",
                "themeIds", List.of(1), "goals", "Lead"))));

        assertEquals(201, response.getStatus());
        verify(applicationService).nominate(org.mockito.ArgumentMatchers.eq(7), org.mockito.ArgumentMatchers.eq("noah"), any());
    }

    @Test
    public void anyEndpoint_shouldAnswerAPlain500WithoutAStackTraceWhenSomethingUnexpectedFails() throws Exception {
        when(queries.get(21)).thenThrow(new IllegalStateException("database on fire at Foo.java:12"));

        Response response = call(() -> applications.get(21));

        assertEquals(500, response.getStatus());
        String text = json.writeValueAsString(response.getEntity());
        assertFalse(text.contains("Foo.java"));
        assertFalse(text.contains("IllegalStateException"));
        assertEquals("text:tandem.rest.error.unexpected[" + body(response).get("id").asText() + "]",
                body(response).get("message").asText());
    }

    @Test
    public void mutatingEndpoints_shouldConsumeJsonOnly() {
        for (Class<?> resource : List.of(ApplicationResource.class, ProgrammeApplicationsResource.class)) {
            assertNotNull(resource.getSimpleName(), resource.getAnnotation(LicensedOnly.class));
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)) {
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    assertNotNull(method.getName(), consumes);
                    assertEquals(method.getName(), List.of(MediaType.APPLICATION_JSON), List.of(consumes.value()));
                }
            }
        }
    }

    @Test
    public void everyResponse_shouldBeJson() {
        when(queries.get(21)).thenReturn(application);
        when(queries.get(22)).thenThrow(EnrolmentRefusals.applicationNotFound(22));

        assertTrue(call(() -> applications.get(21)).getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE));
        assertTrue(call(() -> applications.get(22)).getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }

    private JsonNode body(Response response) throws Exception {
        return json.readTree(json.writeValueAsString(response.getEntity()));
    }

    private Response call(Supplier<Response> endpoint) {
        return RestPipeline.call(i18n, endpoint);
    }
}
