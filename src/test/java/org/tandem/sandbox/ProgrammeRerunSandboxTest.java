package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SurveyRepository;

/**
 * Running the demo programme again over HTTP against the real plugin: refused while it runs and to those who do not
 * coordinate it, field errors for a bad or taken space key; then a new space through the programme blueprint with
 * its pages and a draft programme holding the old charter, own themes, survey statements and matching settings;
 * once its enrolment opens, the old programme's mentors find the invitation on My mentoring and in one reminder.
 */
public class ProgrammeRerunSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/tandem/1.0";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("rerun");

    @Test
    public void rerun_shouldCopyTheProgrammeIntoANewSpaceAndInviteItsMentorsBack() throws Exception {
        ProgrammeRepository programmes = new ProgrammeRepository(sandbox.get().activeObjects());
        Programme old = programmes.findBySpaceKey(DemoData.SPACE).orElseThrow();
        String coordinator = DemoData.coordinator(sandbox.get().users()).username();
        SandboxTestSupport.Client c = signedIn(coordinator);

        HttpResponse<String> tooEarly = rerun(c, old.id(), "Next year", "NEXTYEAR");
        assertEquals(tooEarly.body(), 409, tooEarly.statusCode());

        LearningThemeRepository themes = new LearningThemeRepository(sandbox.get().activeObjects());
        themes.create(LearningTheme.of(old.id(), "sales", "Negotiating with procurement"));
        new SurveyRepository(sandbox.get().activeObjects(), null)
                .replaceStatements(old.id(), List.of("My mentor listened."));
        MatchingSettingsRepository matching = new MatchingSettingsRepository(sandbox.get().activeObjects());
        MatchingSettings settings = matching.findOrDefaults(old.id());
        matching.save(new MatchingSettings(old.id(), Objective.MOST_MATCHED, settings.weights(), true,
                settings.version()), "test", Instant.now());
        programmes.update(programmes.findById(old.id()).orElseThrow()
                .withRelaxDownReason("a flat ladder").withPhase(ProgrammePhase.CLOSING));

        SandboxUsers users = sandbox.get().users();
        SandboxUsers.Person staff = users.all().stream()
                .filter(p -> !users.isAdmin(p.key()) && !users.isMember(p.key(), DemoData.COORDINATORS))
                .findFirst().orElseThrow();
        HttpResponse<String> notTheirs = rerun(signedIn(staff.username()), old.id(), "Next year", "NEXTYEAR");
        assertEquals(notTheirs.body(), 403, notTheirs.statusCode());

        HttpResponse<String> badKey = rerun(c, old.id(), " ", "next-year");
        assertEquals(badKey.body(), 400, badKey.statusCode());
        JsonNode fields = JSON.readTree(badKey.body()).get("fieldErrors");
        assertTrue(badKey.body(), fields.has("name") && fields.has("spaceKey"));
        HttpResponse<String> taken = rerun(c, old.id(), "Next year", DemoData.SPACE.toLowerCase());
        assertEquals(taken.body(), 400, taken.statusCode());
        assertTrue(taken.body(), taken.body().contains("is taken"));

        HttpResponse<String> made = rerun(c, old.id(), "Next year", "nextyear");

        assertEquals(made.body(), 201, made.statusCode());
        assertEquals("NEXTYEAR", JSON.readTree(made.body()).get("spaceKey").asText());
        Programme fresh = programmes.findBySpaceKey("NEXTYEAR").orElseThrow();
        assertEquals("Next year", fresh.name());
        assertEquals(ProgrammePhase.DRAFT, fresh.phase());
        assertEquals(old.purpose(), fresh.purpose());
        assertEquals(old.goals(), fresh.goals());
        assertEquals(old.type(), fresh.type());
        assertEquals(old.cadence(), fresh.cadence());
        assertEquals(old.durationMonths(), fresh.durationMonths());
        assertEquals("a flat ladder", fresh.relaxDownReason());
        assertTrue(themes.findAvailableTo(fresh.id()).stream()
                .anyMatch(t -> fresh.id() == (t.programmeId() == null ? -1 : t.programmeId())
                        && t.name().equals("Negotiating with procurement")));
        assertEquals(List.of("My mentor listened."), new SurveyRepository(sandbox.get().activeObjects(), null)
                .statements(fresh.id()).stream().map(Statement::text).toList());
        MatchingSettings copied = matching.find(fresh.id()).orElseThrow();
        assertEquals(Objective.MOST_MATCHED, copied.objective());
        assertTrue(copied.excludeSameManagerPeers());
        HttpResponse<String> home = c.get("/display/NEXTYEAR");
        assertEquals(200, home.statusCode());
        assertTrue("the blueprint's pages", c.get("/display/NEXTYEAR/Enrol").statusCode() == 200);

        String mentor = new ParticipantRepository(sandbox.get().activeObjects())
                .findByProgrammeAndRole(old.id(), ParticipantRole.MENTOR).stream()
                .filter(p -> p.state() == ParticipantState.APPROVED).map(p -> p.userKey())
                .filter(k -> !users.isDeactivated(k)).findFirst().orElseThrow();
        assertFalse("a draft invites nobody", waiting(mentor).contains("\"reenrol\""));

        programmes.update(programmes.findById(fresh.id()).orElseThrow().withPhase(ProgrammePhase.ENROLMENT_OPEN));

        assertTrue(waiting(mentor), waiting(mentor).contains("\"kind\":\"reenrol\""));
        sandbox.get().scheduler().runNow("tandem-reminders");
        sandbox.get().scheduler().runNow("tandem-reminders");
        String email = users.byKey(mentor).orElseThrow().email();
        List<SandboxMail.Mail> letters = sandbox.get().mail().outbox().stream()
                .filter(m -> m.to().equals(email) && m.body().contains("enrol again as a mentor")).toList();
        assertEquals("one invitation, whatever the runs", 1, letters.size());
        assertTrue(letters.get(0).body(), letters.get(0).body().contains("/display/NEXTYEAR/Enrol"));
    }

    private static String waiting(String userKey) throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox.get());
        c.signIn(sandbox.get().users().byKey(userKey).orElseThrow().username());
        HttpResponse<String> r = c.get(REST + "/my-mentoring");
        assertEquals(r.body(), 200, r.statusCode());
        return r.body();
    }

    private static HttpResponse<String> rerun(SandboxTestSupport.Client c, int id, String name, String key)
            throws Exception {
        return c.post(REST + "/programmes/" + id + "/rerun", "application/json",
                JSON.writeValueAsString(Map.of("name", name, "spaceKey", key)));
    }

    private static SandboxTestSupport.Client signedIn(String username) throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox.get());
        c.signIn(username);
        return c;
    }
}
