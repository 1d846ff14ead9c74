package org.tandem.mentoring.web.rest.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.pairing.Audience;
import org.tandem.mentoring.service.pairing.ConsentAnswer;
import org.tandem.mentoring.service.pairing.PairingAction;
import org.tandem.mentoring.service.pairing.PairingConsents;
import org.tandem.mentoring.service.pairing.PairingQueries;
import org.tandem.mentoring.service.pairing.PairingRefusals;
import org.tandem.mentoring.service.pairing.PairingRuns;
import org.tandem.mentoring.service.pairing.RankingRuns;
import org.tandem.mentoring.service.pairing.PairingView;
import org.tandem.mentoring.service.pairing.RunResult;
import org.tandem.mentoring.web.rest.RestPipeline;

public class PairingResourcesTest {

    private static final Instant DECIDED = Instant.parse("2026-11-23T10:15:30Z");

    private final PairingQueries queries = mock(PairingQueries.class);
    private final PairingRuns runs = mock(PairingRuns.class);
    private final PairingConsents consents = mock(PairingConsents.class);
    private final RankingRuns rankingRuns = mock(RankingRuns.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ProgrammePairingsResource programmePairings = new ProgrammePairingsResource(queries, runs,
            rankingRuns, i18n, mock(ViewerLanguage.class));
    private final PairingResource pairings = new PairingResource(queries, runs, consents, i18n,
            mock(ViewerLanguage.class));
    private final ObjectMapper json = new ObjectMapper();

    private final PairingView coordinatorView = coordinatorView();
    private final PairingView managerView = new PairingView(31, 4, 7, Audience.MANAGER, PairingState.PROPOSED,
            "mia", null, null, null, null, null, null, null, Map.of(Party.MANAGER, Consent.PENDING), null, null, null,
            Set.of(PairingAction.ACKNOWLEDGE), Map.of("mia", "Mia Berg"));

    private static PairingView coordinatorView() {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        points.put(Criterion.THEME_FIT, 20);
        points.put(Criterion.LANGUAGE, 5);
        Map<Party, Consent> consents = new EnumMap<>(Party.class);
        consents.put(Party.MENTEE, Consent.GIVEN);
        consents.put(Party.MENTOR, Consent.PENDING);
        consents.put(Party.MANAGER, Consent.SKIPPED);
        consents.put(Party.SPONSOR, Consent.NOT_REQUIRED);
        return new PairingView(31, 4, 7, Audience.COORDINATOR, PairingState.PROPOSED, "mia", "olga", 25, points,
                new Explanation(List.of(Explanation.Part.of("tandem.matching.reason.themes", 2, "Delegating, Prioritising"))),
                Set.of(PairingWarning.SAME_DEPARTMENT), "They asked", null, consents, "mia", DECIDED, null, Set.of(),
                Map.of("mia", "Mia Berg", "olga", "Olga Ek"));
    }

    @Before
    public void setUp() {
        when(i18n.getText(anyString())).thenAnswer(call -> "text:" + call.getArgument(0));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            return "text:" + all[0] + Arrays.toString(Arrays.copyOfRange(all, 1, all.length));
        });
    }

    @Test
    public void list_shouldShowCoordinatorsScoreBreakdownExplanationAndWarnings() throws Exception {
        when(queries.list(7, null, null)).thenReturn(List.of(coordinatorView));

        Response response = call(() -> programmePairings.list(7, null, null));

        assertEquals(200, response.getStatus());
        JsonNode pairing = body(response).get(0);
        assertEquals(31, pairing.get("id").asInt());
        assertEquals(4, pairing.get("version").asInt());
        assertEquals("Olga Ek", pairing.get("mentor").get("displayName").asText());
        assertEquals(25, pairing.get("score").asInt());
        assertEquals(20, pairing.get("breakdown").get("THEME_FIT").asInt());
        JsonNode part = pairing.get("explanation").get(0);
        assertEquals("tandem.matching.reason.themes", part.get("key").asText());
        assertEquals("default themes named in the reader's language", "text:tandem.matching.reason.themes[2, "
                + "text:tandem.theme.default.struggling.delegating, text:tandem.theme.default.struggling.prioritising]",
                part.get("text").asText());
        assertEquals("SAME_DEPARTMENT", pairing.get("warnings").get(0).get("code").asText());
        assertEquals("They asked", pairing.get("reason").asText());
        assertEquals("SKIPPED", pairing.get("consents").get("MANAGER").asText());
        assertEquals("2026-11-23T10:15:30Z", pairing.get("decidedAt").asText());
    }

    @Test
    public void list_shouldPassTheFiltersOnAndRefuseAnUnknownState() throws Exception {
        when(queries.list(7, PairingState.ACTIVE, 3)).thenReturn(List.of());

        assertEquals(200, call(() -> programmePairings.list(7, "active", "3")).getStatus());
        Response bad = call(() -> programmePairings.list(7, "MARRIED", "x"));

        assertEquals(400, bad.getStatus());
        JsonNode fields = body(bad).get("fieldErrors");
        assertEquals("tandem.pairing.error.state.invalid", fields.get("state").get("key").asText());
        assertEquals("tandem.pairing.error.type.number", fields.get("themeId").get("key").asText());
        verify(queries).list(7, PairingState.ACTIVE, 3);
    }

    @Test
    public void get_shouldGiveAManagerOnlyTheReportTheStateAndTheAcknowledgement() throws Exception {
        when(queries.get(31)).thenReturn(managerView);

        JsonNode pairing = body(call(() -> pairings.get(31)));

        assertEquals("MANAGER", pairing.get("audience").asText());
        assertEquals("Mia Berg", pairing.get("mentee").get("displayName").asText());
        for (String hidden : List.of("mentor", "score", "breakdown", "explanation", "warnings", "reason", "manager",
                "endReason", "decidedBy")) {
            assertNull(hidden, pairing.get(hidden));
        }
        assertEquals("{\"MANAGER\":\"PENDING\"}", pairing.get("consents").toString());
        assertEquals("[\"ACKNOWLEDGE\"]", pairing.get("actions").toString());
    }

    @Test
    public void get_shouldAnswer404WithAPlainMessage() throws Exception {
        when(queries.get(31)).thenThrow(PairingRefusals.pairingNotFound(31));

        Response response = call(() -> pairings.get(31));

        assertEquals(404, response.getStatus());
        JsonNode body = body(response);
        assertEquals("text:tandem.pairing.error.pairing.not-found[31]", body.get("message").asText());
        assertNull(body.get("fieldErrors"));
    }

    @Test
    public void run_shouldAnswer200WithTheStagedPairingsAndWhoIsLeft() throws Exception {
        when(runs.run(7, false)).thenReturn(new RunResult(List.of(coordinatorView), List.of("zoe"), 1, 25,
                Map.of("zoe", "Zoe Kim"), new org.tandem.mentoring.service.pairing.RunTimings(40, 12, 7, 30)));

        Response response = call(() -> programmePairings.run(7, json(Map.of())));

        assertEquals(200, response.getStatus());
        JsonNode body = body(response);
        assertEquals(31, body.get("staged").get(0).get("id").asInt());
        assertEquals("Zoe Kim", body.get("unmatchedMentees").get(0).get("displayName").asText());
        assertEquals(25, body.get("totalScore").asInt());
        JsonNode took = body.get("took");
        assertEquals(List.of(40, 12, 7, 30), List.of(took.get("readMs").asInt(), took.get("prepareMs").asInt(),
                took.get("solveMs").asInt(), took.get("storeMs").asInt()));
    }

    @Test
    public void run_shouldAnswer403And409ForTheServicesRefusals() {
        when(runs.run(7, false)).thenThrow(new Refusal.Forbidden("tandem.pairing.error.forbidden.not-coordinator"));
        when(runs.publish(7)).thenThrow(new Refusal.Conflict(PairingRefusals.PHASE, "DRAFT"));

        assertEquals(403, call(() -> programmePairings.run(7, json(Map.of()))).getStatus());
        assertEquals(409, call(() -> programmePairings.publish(7, json(Map.of()))).getStatus());
    }

    @Test
    public void add_shouldAnswer201AndPassTheFieldsOn() throws Exception {
        when(runs.add(7, "mia", "olga", "They asked")).thenReturn(coordinatorView);

        Response response = call(() -> programmePairings.add(7, json(Map.of("menteeKey", "mia", "mentorKey", "olga", "reason",
                "They asked"))));

        assertEquals(201, response.getStatus());
        assertEquals(31, body(response).get("id").asInt());
    }

    @Test
    public void add_shouldAnswer400WithTheHardRuleAsAFieldError() throws Exception {
        when(runs.add(7, "mia", "boss", "Please")).thenThrow(PairingRefusals.invalid("mentorKey",
                "tandem.pairing.error.hard.MENTEE_LINE_OF_AUTHORITY"));

        Response response = call(() -> programmePairings.add(7, json(Map.of("menteeKey", "mia", "mentorKey", "boss", "reason",
                "Please"))));

        assertEquals(400, response.getStatus());
        JsonNode error = body(response).get("fieldErrors").get("mentorKey");
        assertEquals("tandem.pairing.error.hard.MENTEE_LINE_OF_AUTHORITY", error.get("key").asText());
        assertEquals("text:tandem.pairing.error.hard.MENTEE_LINE_OF_AUTHORITY[]", error.get("message").asText());
    }

    @Test
    public void add_shouldRefuseAFieldOfTheWrongTypeWithoutCallingTheService() throws Exception {
        Response response = call(() -> programmePairings.add(7, json(Map.of("menteeKey", 12, "mentorKey", "olga"))));

        assertEquals(400, response.getStatus());
        assertEquals("tandem.pairing.error.type.text",
                body(response).get("fieldErrors").get("menteeKey").get("key").asText());
        verifyNoInteractions(queries, runs, consents);
    }

    @Test
    public void swap_shouldReadBothReferencesAndRefuseAMissingOne() throws Exception {
        when(runs.swap(7, 31, 4, 32, 2, "Other way")).thenReturn(List.of(coordinatorView, coordinatorView));

        Response swapped = call(() -> programmePairings.swap(7, json(Map.of("first", Map.of("id", 31, "version", 4), "second",
                Map.of("id", 32, "version", 2), "reason", "Other way"))));
        Response missing = call(() -> programmePairings.swap(7, json(Map.of("first", Map.of("id", 31, "version", 4)))));

        assertEquals(200, swapped.getStatus());
        assertEquals(2, body(swapped).size());
        assertEquals(400, missing.getStatus());
        assertNotNull(body(missing).get("fieldErrors").get("second"));
    }

    @Test
    public void consent_shouldPassTheAnswerOnAndAnswer409WhenStale() throws Exception {
        when(consents.answer(31, 4, ConsentAnswer.ACCEPT, null)).thenReturn(coordinatorView);
        when(consents.answer(31, 3, ConsentAnswer.ACCEPT, null))
                .thenThrow(new Refusal.Conflict(PairingRefusals.STALE));

        Response ok = call(() -> pairings.consent(31, json(Map.of("version", 4, "answer", "accept"))));
        Response stale = call(() -> pairings.consent(31, json(Map.of("version", 3, "answer", "ACCEPT"))));

        assertEquals(200, ok.getStatus());
        assertEquals(409, stale.getStatus());
        assertEquals("text:tandem.pairing.error.stale[]", body(stale).get("message").asText());
    }

    @Test
    public void consent_shouldRefuseAMissingVersionAndAnUnknownAnswerWithoutCallingTheService() throws Exception {
        Response response = call(() -> pairings.consent(31, json(Map.of("answer", "MAYBE"))));

        assertEquals(400, response.getStatus());
        JsonNode fields = body(response).get("fieldErrors");
        assertEquals("tandem.pairing.error.version.missing", fields.get("version").get("key").asText());
        assertEquals("tandem.pairing.error.answer.invalid", fields.get("answer").get("key").asText());
        verifyNoInteractions(queries, runs, consents);
    }

    @Test
    public void end_shouldAnswer403ForSomebodyWhoIsNotOfThePair() {
        when(consents.end(31, 4, "Done")).thenThrow(new Refusal.Forbidden("tandem.pairing.error.forbidden.not-pair"));

        assertEquals(403, call(() -> pairings.end(31, json(Map.of("version", 4, "reason", "Done")))).getStatus());
    }

    @Test
    public void remove_shouldAnswer204AndPassTheVersionOn() {
        Response response = call(() -> pairings.remove(31, json(Map.of("version", 4))));
        doThrow(new Refusal.Conflict(PairingRefusals.STATE)).when(runs).remove(32, 1);

        assertEquals(204, response.getStatus());
        verify(runs).remove(31, 4);
        assertEquals(409, call(() -> pairings.remove(32, json(Map.of("version", 1)))).getStatus());
    }

    @Test
    public void history_shouldListTheDecisions() throws Exception {
        when(runs.history(7)).thenReturn(List.of(new PairingEvent(1, 7, 31, PairingEventType.MENTEE_DECLINED,
                "mia", DECIDED, "Not now")));

        JsonNode event = body(call(() -> programmePairings.history(7))).get(0);

        assertEquals("MENTEE_DECLINED", event.get("type").asText());
        assertEquals("mia", event.get("actorKey").asText());
        assertEquals("Not now", event.get("detail").asText());
    }

    @Test
    public void anyFailure_shouldAnswer500WithoutAStackTrace() throws Exception {
        when(queries.awaitingMe()).thenThrow(new IllegalStateException("database on fire"));

        Response response = call(() -> pairings.awaitingMe());

        assertEquals(500, response.getStatus());
        String text = json.writeValueAsString(response.getEntity());
        assertFalse(text, text.contains("database on fire"));
        assertTrue(text.contains("tandem.rest.error.unexpected"));
    }

    @Test
    public void resources_shouldBeForLicensedUsersAndTakeJsonOnlyForChanges() {
        for (Class<?> resource : List.of(ProgrammePairingsResource.class, PairingResource.class)) {
            assertNotNull(resource.getSimpleName(), resource.getAnnotation(LicensedOnly.class));
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class)) {
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    assertNotNull(method.getName(), consumes);
                    assertEquals(method.getName(), List.of(MediaType.APPLICATION_JSON), List.of(consumes.value()));
                }
            }
        }
    }

    private JsonNode body(Response response) throws Exception {
        return json.readTree(json.writeValueAsString(response.getEntity()));
    }

    private Response call(Supplier<Response> endpoint) {
        return RestPipeline.call(i18n, endpoint);
    }
}
