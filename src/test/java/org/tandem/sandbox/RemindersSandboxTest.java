package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * The daily reminders as people meet them: in the recipient's language, as HTML or plain text as they chose, with a
 * link to the page where they act; a person who turned reminders off still gets what needs their decision, and
 * nothing else. The choice is made through My mentoring's REST, for oneself only.
 */
public class RemindersSandboxTest {

    private static final String JOB = "tandem-reminders";
    private static final String REST = "/rest/tandem/1.0";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("reminders");

    @Test
    public void reminders_shouldSpeakTheRecipientsLanguageAndKeepToTheirChoice() throws Exception {
        WaitingRepository rows = new WaitingRepository(sandbox.get().activeObjects());
        String decider = rows.applications("AWAITING_MANAGER", null).stream()
                .map(WaitingRepository.Application::managerKey).filter(k -> k != null && active(k))
                .findFirst().orElseThrow();
        String reader = rows.sharedWithoutFeedback(null).stream().map(WaitingRepository.SharedLearning::managerKey)
                .filter(k -> !k.equals(decider) && active(k)).filter(k -> rows.applications("AWAITING_MANAGER", k)
                        .isEmpty()).findFirst().orElseThrow();
        sandbox.get().locales().choose(decider, "da");
        choose(decider, "{\"reminders\":false}");
        choose(reader, "{\"reminders\":false,\"plainText\":true}");

        String outcome = sandbox.get().scheduler().runNow(JOB);

        assertTrue(outcome, outcome.contains("days: 1"));
        List<SandboxMail.Mail> toDecider = mailTo(decider);
        assertEquals(1, toDecider.size());
        assertEquals("Tandem: det, der venter p\u00e5 dig i mentoring", toDecider.get(0).subject());
        assertEquals("text/html", toDecider.get(0).mimeType());
        assertTrue(toDecider.get(0).body(), toDecider.get(0).body().contains("Tag stilling til tilmeldingen"));
        assertTrue(toDecider.get(0).body(), toDecider.get(0).body().contains("href=\"http"));
        assertFalse("reminders only, and turned off", mailTo(reader).stream().findAny().isPresent());

        choose(reader, "{\"reminders\":true,\"plainText\":true}");
        sandbox.get().clock().advance(Duration.ofDays(1));
        sandbox.get().scheduler().runNow(JOB);

        List<SandboxMail.Mail> toReader = mailTo(reader);
        assertEquals(1, toReader.size());
        assertEquals("text/plain", toReader.get(0).mimeType());
        assertTrue(toReader.get(0).body(), toReader.get(0).body().contains("Give feedback on a learning"));
        assertTrue(toReader.get(0).body(), toReader.get(0).body().contains("http"));
        assertEquals("nothing twice", 1, mailTo(decider).size());
    }

    @Test
    public void theChoice_shouldBeRefusedWithoutItsFlagAndToTheSignedOut() throws Exception {
        SandboxTestSupport.Client anonymous = new SandboxTestSupport.Client(sandbox.get());
        HttpResponse<String> signedOut = anonymous.send("PUT", REST + "/my-mentoring/settings", "application/json",
                "{\"reminders\":false}", "X-Atlassian-Token", "no-check");
        assertEquals(401, signedOut.statusCode());

        SandboxTestSupport.Client someone = client(sandbox.get().users().all().get(3).key());
        HttpResponse<String> missing = someone.send("PUT", REST + "/my-mentoring/settings", "application/json",
                "{\"plainText\":true}", "X-Atlassian-Token", "no-check");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body(), missing.body().contains("reminders"));
    }

    @Test
    public void myMentoring_shouldSaySoWhenNothingWaits() throws Exception {
        WaitingRepository rows = new WaitingRepository(sandbox.get().activeObjects());
        org.tandem.mentoring.store.AoPairingStore pairings = new org.tandem.mentoring.store.AoPairingStore(
                sandbox.get().activeObjects());
        String applicant = rows.applications("AWAITING_MANAGER", null).stream()
                .map(WaitingRepository.Application::userKey).filter(RemindersSandboxTest::active)
                .filter(k -> sandbox.get().users().reportsOf(k).isEmpty() && pairings.findByPerson(k).isEmpty())
                .filter(k -> !sandbox.get().users().isMember(k, DemoData.COORDINATORS))
                .findFirst().orElseThrow();
        SandboxTestSupport.Client c = client(applicant);

        String json = c.get(REST + "/my-mentoring").body();
        String page = c.get(StorageFormat.pageUrl(DemoData.SPACE, DemoData.MY_MENTORING)).body();

        assertTrue(json, json.contains("\"waiting\":[]"));
        assertTrue(page, page.contains("tandem-my-mentoring-empty"));
    }

    private static boolean active(String key) {
        return sandbox.get().users().byKey(key).isPresent() && !sandbox.get().users().isDeactivated(key);
    }

    private static List<SandboxMail.Mail> mailTo(String key) {
        String email = sandbox.get().users().byKey(key).orElseThrow().email();
        return sandbox.get().mail().outbox().stream().filter(m -> m.to().equals(email)).toList();
    }

    private static void choose(String key, String body) throws Exception {
        HttpResponse<String> r = client(key).send("PUT", REST + "/my-mentoring/settings", "application/json", body,
                "X-Atlassian-Token", "no-check");
        assertEquals(r.body(), 200, r.statusCode());
    }

    private static SandboxTestSupport.Client client(String key) throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox.get());
        c.signIn(sandbox.get().users().byKey(key).orElseThrow().username());
        return c;
    }
}
