package org.tandem.mentoring.web.rest.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.tandem.mentoring.web.rest.RestPipeline.json;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.pairing.PairingRefusals;
import org.tandem.mentoring.service.pairing.SpeedEvents;
import org.tandem.mentoring.service.pairing.SpeedPlan;
import org.tandem.mentoring.service.pairing.SpeedPlans;
import org.tandem.mentoring.service.pairing.SpeedRankings;
import org.tandem.mentoring.service.pairing.SpeedScheduleMail;
import org.tandem.mentoring.service.pairing.SpeedSchedulePerson;
import org.tandem.mentoring.web.rest.RestPipeline;

/** Speed-mentoring events over REST: the JSON both ways, type errors per field, and the service's refusals. */
public class SpeedEventResourceTest {

    private static final Instant START = Instant.parse("2027-01-14T14:00:00Z");

    private final SpeedEvents events = mock(SpeedEvents.class);
    private final SpeedPlans plans = mock(SpeedPlans.class);
    private final SpeedRankings rankings = mock(SpeedRankings.class);
    private final SpeedScheduleMail mail = mock(SpeedScheduleMail.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final SpeedEventResource resource = new SpeedEventResource(events, plans, rankings, mail);
    private final ObjectMapper mapper = new ObjectMapper();

    @Before
    public void setUp() {
        when(i18n.getText(anyString())).thenAnswer(call -> "text:" + call.getArgument(0));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> "text:" + call.getArgument(0));
    }

    private static Map<String, Object> fields() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startsAt", "2027-01-14T15:00:00+01:00");
        json.put("place", "Room 4");
        json.put("minutesPerRound", 8);
        json.put("rounds", 6);
        json.put("tables", 5);
        json.put("participants", List.of("mia", "olga"));
        json.put("mentorsSeated", false);
        return json;
    }

    @Test
    public void create_shouldPassEveryFieldOnAndAnswerWithTheStoredEvent() throws Exception {
        SpeedEvent asked = new SpeedEvent(0, 7, START, "Room 4", 8, 6, 5, List.of("mia", "olga"), false, 0);
        when(events.create(asked)).thenReturn(new SpeedEvent(3, 7, START, "Room 4", 8, 6, 5, List.of("mia", "olga"),
                false, 1));

        Response response = call(() -> resource.create(7, json(fields())));

        assertEquals(201, response.getStatus());
        JsonNode body = body(response);
        assertEquals(3, body.get("id").asInt());
        assertEquals("2027-01-14T14:00:00Z", body.get("startsAt").asText());
        assertEquals("olga", body.get("participants").get(1).asText());
        assertEquals(false, body.get("allApproved").asBoolean());
        assertEquals(false, body.get("mentorsSeated").asBoolean());
    }

    @Test
    public void rank_shouldPassTheOrderTheMarksAndTheVersionAndShowTheStatusWithoutTheOrder() throws Exception {
        SpeedEvent event = new SpeedEvent(3, 7, START, "Room 4", 8, 6, 5, List.of(), true, 1);
        when(rankings.save(7, 3, List.of("pete", "olga"), java.util.Set.of("olga"), 0)).thenReturn(
                new SpeedRankings.Mine(event, List.of(new SpeedPlan.Person("pete", "Pete", true, null),
                        new SpeedPlan.Person("olga", "Olga", true, null)), java.util.Set.of("olga"), true, true, 1));
        when(rankings.status(7, 3)).thenReturn(List.of(new SpeedRankings.Status("mia", "Mia", true),
                new SpeedRankings.Status("noah", "Noah", false)));

        JsonNode saved = body(call(() -> resource.rank(7, 3, json(Map.of("ranked", List.of("pete", "olga"),
                "notPaired", List.of("olga"), "version", 0)))));
        JsonNode status = body(call(() -> resource.rankingsStatus(7, 3)));

        assertEquals("pete", saved.get("people").get(0).get("key").asText());
        assertEquals(true, saved.get("people").get(1).get("notPaired").asBoolean());
        assertEquals(1, saved.get("version").asInt());
        assertEquals(1, status.get("ranked").asInt());
        assertEquals(2, status.get("total").asInt());
        assertEquals(java.util.Set.of("key", "name", "ranked"), com.google.common.collect.Sets.newHashSet(
                status.get("people").get(0).fieldNames()));
    }

    @Test
    public void update_shouldPassTheVersionAndDefaultToMentorsSeated() {
        Map<String, Object> json = fields();
        json.put("version", 4);
        json.remove("mentorsSeated");
        SpeedEvent asked = new SpeedEvent(3, 7, START, "Room 4", 8, 6, 5, List.of("mia", "olga"), true, 4);
        when(events.update(asked)).thenReturn(new SpeedEvent(3, 7, START, "Room 4", 8, 6, 5, List.of(), true, 5));

        assertEquals(200, call(() -> resource.update(7, 3, json(json))).getStatus());
        verify(events).update(asked);
    }

    @Test
    public void create_shouldNameEachMistypedFieldAndCallNothing() throws Exception {
        Map<String, Object> mistyped = fields();
        mistyped.put("rounds", "many");
        mistyped.put("participants", List.of(1, 2));
        Map<String, Object> badStart = fields();
        badStart.put("startsAt", "next Thursday");

        Response bad = call(() -> resource.create(7, json(mistyped)));
        Response start = call(() -> resource.create(7, json(badStart)));
        Response noVersion = call(() -> resource.delete(7, 3, null));

        assertEquals(400, bad.getStatus());
        JsonNode errors = body(bad).get("fieldErrors");
        assertEquals("tandem.pairing.error.type.number", errors.get("rounds").get("key").asText());
        assertEquals("tandem.pairing.error.type.texts", errors.get("participants").get("key").asText());
        assertEquals(400, start.getStatus());
        assertEquals("tandem.pairing.error.speed.start-format",
                body(start).get("fieldErrors").get("startsAt").get("key").asText());
        assertEquals(400, noVersion.getStatus());
        verify(events, never()).create(any());
        verify(events, never()).delete(anyInt(), anyInt(), anyInt());
    }

    @Test
    public void endpoints_shouldAnswerTheServicesRefusals() {
        when(events.list(7)).thenThrow(new Refusal.Forbidden(PairingRefusals.FORBIDDEN + "not-coordinator"));
        when(events.list(9)).thenThrow(PairingRefusals.programmeNotFound(9));
        doThrow(new Refusal.Conflict(PairingRefusals.STALE)).when(events).delete(7, 3, 1);

        assertEquals(403, call(() -> resource.list(7)).getStatus());
        assertEquals(404, call(() -> resource.list(9)).getStatus());
        assertEquals(409, call(() -> resource.delete(7, 3, 1)).getStatus());
        assertEquals(204, call(() -> resource.delete(7, 3, 2)).getStatus());
    }

    @Test
    public void plan_shouldGiveRoundsTablesAndWhoSitsOut() throws Exception {
        SpeedPlan.Person ada = new SpeedPlan.Person("ada", "Ada Diaz", true, "Sales");
        SpeedPlan.Person mia = new SpeedPlan.Person("mia", "Mia", false, null);
        SpeedPlan.Person noah = new SpeedPlan.Person("noah", "Noah", false, "Finance");
        when(plans.plan(7, 3)).thenReturn(new SpeedPlan(3, true, List.of(new SpeedPlan.Round(1,
                List.of(new SpeedPlan.Table(1, ada, List.of(mia))), List.of(noah)))));
        when(plans.plan(7, 4)).thenThrow(new Refusal.Conflict(SpeedPlans.TOO_FEW_TABLES, 2, 3));

        JsonNode round = body(call(() -> resource.plan(7, 3))).get("rounds").get(0);

        assertEquals(1, round.get("number").asInt());
        assertEquals("Ada Diaz", round.get("tables").get(0).get("seated").get("name").asText());
        assertEquals("mia", round.get("tables").get(0).get("visitors").get(0).get("key").asText());
        assertTrue(round.get("tables").get(0).get("seated").get("mentor").asBoolean());
        assertEquals("Sales", round.get("tables").get(0).get("seated").get("department").asText());
        assertEquals("Noah", round.get("sittingOut").get(0).get("name").asText());
        assertEquals(409, call(() -> resource.plan(7, 4)).getStatus());
    }

    @Test
    public void mine_shouldGiveTheCallersRoundsWithTablesAndNames() throws Exception {
        SpeedEvent event = new SpeedEvent(3, 7, START, "Room 4", 8, 2, 5, List.of(), true, 1);
        when(plans.mine(7)).thenReturn(List.of(new SpeedSchedulePerson(event, List.of(
                new SpeedSchedulePerson.Slot(1, 5, List.of(new SpeedPlan.Person("ada", "Ada Diaz", true, "Sales"))),
                new SpeedSchedulePerson.Slot(2, 0, List.of())))));

        JsonNode mine = body(call(() -> resource.mine(7))).get("events").get(0);

        assertEquals("Room 4", mine.get("event").get("place").asText());
        assertEquals(5, mine.get("slots").get(0).get("table").asInt());
        assertEquals("Ada Diaz", mine.get("slots").get(0).get("meet").get(0).get("name").asText());
        assertEquals(0, mine.get("slots").get(1).get("table").asInt());
        assertEquals(0, mine.get("slots").get(1).get("meet").size());
    }

    @Test
    public void send_shouldSayWhoWasMailedWhoHadItAndWhoHasNoAddress() throws Exception {
        when(mail.send(7, 3)).thenReturn(new SpeedScheduleMail.Mailing(List.of("Ada Diaz"), List.of("Mia"),
                List.of("Noah")));
        when(mail.send(7, 4)).thenThrow(new Refusal.Conflict(SpeedPlans.TOO_FEW_TABLES, 2, 3));

        JsonNode sent = body(call(() -> resource.send(7, 3, "{}")));

        assertEquals("Ada Diaz", sent.get("mailed").get(0).asText());
        assertEquals("Mia", sent.get("unchanged").get(0).asText());
        assertEquals("Noah", sent.get("noAddress").get(0).asText());
        assertEquals(409, call(() -> resource.send(7, 4, "{}")).getStatus());
    }

    private JsonNode body(Response response) throws Exception {
        return mapper.readTree(mapper.writeValueAsString(response.getEntity()));
    }

    private Response call(Supplier<Response> endpoint) {
        return RestPipeline.call(i18n, endpoint);
    }
}
