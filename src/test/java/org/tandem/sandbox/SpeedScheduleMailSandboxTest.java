package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.LocationZones;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Sending a speed-mentoring event's schedules through the REST API: every participant gets one mail in their own
 * language and time zone (their profile's before their office's) with the calendar entry attached; sending again
 * mails nobody; after the event moves, everybody gets it again with the same calendar UID and a higher SEQUENCE, so
 * calendars replace the entry.
 */
public class SpeedScheduleMailSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("speed-mail");

    @Test
    public void send_shouldMailEachScheduleOnceInTheRecipientsLanguageAndAgainWhenItChanges() throws Exception {
        int programme = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        List<Participant> approved = new ParticipantRepository(sandbox.get().activeObjects())
                .findByProgrammeAndState(programme, ParticipantState.APPROVED);
        String dane = approved.stream().map(Participant::userKey)
                .filter(k -> sandbox.get().users().byKey(k).isPresent() && !sandbox.get().users().isDeactivated(k))
                .findFirst().orElseThrow();
        sandbox.get().locales().choose(dane, "da");
        sandbox.get().timeZones().choose(dane, "Pacific/Auckland");
        String office = new OrgChartRepository(sandbox.get().activeObjects()).findByUserKey(dane).orElseThrow()
                .location();
        assertTrue(office, LocationZones.zoneOf(office).orElseThrow().getId().matches("(Europe|America|Asia)/.*"));
        String coordinator = sandbox.get().users().members(DemoData.COORDINATORS).iterator().next();
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox.get());
        c.signIn(sandbox.get().users().byKey(coordinator).orElseThrow().username());
        String events = REST + "/programmes/" + programme + "/speed-events";
        JsonNode event = JSON.readTree(ok(c.post(events, "application/json", "{\"startsAt\":\"2027-01-14T14:00:00Z\","
                + "\"place\":\"Hall; east wing\",\"minutesPerRound\":10,\"rounds\":2,\"tables\":100}",
                "X-Atlassian-Token", "no-check"), 201));
        String send = events + "/" + event.path("id").asText() + "/send";

        JsonNode first = JSON.readTree(ok(c.post(send, "application/json", "{}", "X-Atlassian-Token", "no-check"),
                200));

        int mailed = first.path("mailed").size();
        assertTrue(first.toString(), mailed > 1);
        assertEquals(mailed, mailsWithCalendar());
        String email = sandbox.get().users().byKey(dane).orElseThrow().email();
        SandboxMail.Mail danish = sandbox.get().mail().outbox().stream().filter(m -> m.to().equals(email))
                .findFirst().orElseThrow();
        assertTrue(danish.subject(), danish.subject().startsWith("Speed-mentoring i "));
        assertTrue("in the profile's zone, not the office's", danish.body().contains("Runde 1 kl. 03.00"));
        assertTrue(danish.body(), danish.body().contains("15. jan. 2027 03.00 (Newzealandsk sommertid)"));
        assertTrue("why they have it", danish.body().contains("fordi du deltager i speed-mentoring-arrangementet"));
        assertFalse("sent whatever the reminder setting", danish.body().contains("Min mentoring"));
        String ics = danish.attachments().get(0).text();
        assertTrue(ics, ics.contains("SUMMARY:Speed-mentoring: "));
        assertTrue(ics, ics.contains("DTSTART:20270114T140000Z\r\nDTEND:20270114T142000Z\r\n"));
        assertTrue(ics, ics.contains("LOCATION:Hall\\; east wing\r\n"));

        JsonNode again = JSON.readTree(ok(c.post(send, "application/json", "{}", "X-Atlassian-Token", "no-check"),
                200));
        assertEquals(0, again.path("mailed").size());
        assertEquals(mailed, again.path("unchanged").size());
        assertEquals(mailed, mailsWithCalendar());

        ok(c.send("PUT", events + "/" + event.path("id").asText(), "application/json", "{\"version\":"
                + event.path("version").asInt() + ",\"startsAt\":\"2027-01-14T15:00:00Z\",\"place\":\"Hall; east wing\","
                + "\"minutesPerRound\":10,\"rounds\":2,\"tables\":100}", "X-Atlassian-Token", "no-check"), 200);
        JsonNode moved = JSON.readTree(ok(c.post(send, "application/json", "{}", "X-Atlassian-Token", "no-check"),
                200));
        assertEquals(mailed, moved.path("mailed").size());
        List<String> calendars = sandbox.get().mail().outbox().stream().filter(m -> m.to().equals(email))
                .map(m -> m.attachments().get(0).text()).toList();
        assertEquals(2, calendars.size());
        assertEquals(field(calendars.get(0), "UID"), field(calendars.get(1), "UID"));
        assertTrue(Integer.parseInt(field(calendars.get(0), "SEQUENCE"))
                > Integer.parseInt(field(calendars.get(1), "SEQUENCE")));
    }

    private static long mailsWithCalendar() {
        return sandbox.get().mail().outbox().stream().filter(m -> !m.attachments().isEmpty()).count();
    }

    private static String field(String ics, String name) {
        Matcher m = Pattern.compile("\r\n" + name + ":([^\r]*)\r\n").matcher(ics.replace("\r\n ", ""));
        assertTrue(ics, m.find());
        return m.group(1);
    }

    private static String ok(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        return response.body();
    }
}
