package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.store.AoSessionStore;
import org.tandem.mentoring.store.JobRunLog;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SharedHomeNoteKeys;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * A year of the demo programme, day by day on the sandbox's clock with the daily jobs run each day, leaves the
 * outbox full of reminders and nudges, each sent once; the outbox shows a nudge mail as it arrives, and a member of
 * the demo pair reads My mentoring (checked by axe) and turns the reminders off.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ProgrammeYearIT {

    private static final String NUDGE_SUBJECT = "Tandem: a nudge about your mentoring";

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("year");

    private static WebDriver d() {
        return browser.driver();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(d(), Duration.ofSeconds(20));
    }

    private static void signIn(SandboxUsers.Person person) {
        SandboxBrowser.signIn(d(), sandbox.get(), person);
    }

    /**
     * The year: each day the clock moves on; two pairs in three meet at the programme's cadence for the first half
     * of the year and then go quiet, the third never meets; the daily jobs (reminders, nudges, the coordinators'
     * digest) run.
     */
    private static Programme programme() {
        return new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE).orElseThrow();
    }

    @Test
    public void a_aYearOfDailyJobs_shouldFillTheOutboxSendingEachThingOnce() throws Exception {
        int before = sandbox.get().mail().outbox().size();
        Programme programme = programme();
        List<WaitingRepository.PairingRow> pairs = new WaitingRepository(sandbox.get().activeObjects())
                .pairings("ACTIVE", null).stream().filter(p -> p.programmeId() == programme.id()).toList();
        AoSessionStore sessions = new AoSessionStore(sandbox.get().activeObjects(),
                SharedHomeNoteKeys.in(Files.createTempDirectory("tandem-year")));
        int cadence = programme.cadence().days();
        long started = System.nanoTime();
        int held = 0;
        for (int day = 1; day <= 365; day++) {
            sandbox.get().clock().advance(Duration.ofDays(1));
            Instant now = sandbox.get().clock().instant();
            for (WaitingRepository.PairingRow pair : pairs) {
                if (pair.id() % 3 != 0 && day <= 182 && day % cadence == pair.id() % cadence) {
                    sessions.createSession(Session.planned(pair.id(), now.minus(Duration.ofHours(1)), ZoneOffset.UTC,
                            45, SessionFormat.VIDEO, List.of(), pair.menteeKey(), now));
                    held++;
                }
            }
            String reminders = sandbox.get().scheduler().runNow("tandem-reminders");
            String nudges = sandbox.get().scheduler().runNow("tandem-nudges");
            String digest = sandbox.get().scheduler().runNow("tandem-digest");
            assertTrue(day + ": " + digest, digest.contains("failed: 0"));
            assertTrue(day + ": " + reminders, reminders.contains("failed: 0"));
            assertTrue(day + ": " + nudges, nudges.contains("failed: 0"));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<SandboxMail.Mail> outbox = sandbox.get().mail().outbox();
        JobRunLog log = new JobRunLog(sandbox.get().activeObjects());
        System.out.printf("a year of daily jobs: %d pairs, %d sessions held, %d mails (%d reminders and nudges "
                + "recorded) in %d ms%n", pairs.size(), held, outbox.size() - before,
                log.sentCount("tandem-reminders") + log.sentCount("tandem-nudges") + log.sentCount("tandem-digest"),
                millis);
        assertTrue(outbox.stream().anyMatch(m -> m.subject().equals(NUDGE_SUBJECT)));
        assertTrue(outbox.stream().anyMatch(m -> m.subject().equals("Tandem: your weekly mentoring digest")));
        Set<String> letters = outbox.stream().map(m -> m.to() + "\n" + m.subject() + "\n"
                + m.sentAt().atZone(ZoneOffset.UTC).toLocalDate()).collect(Collectors.toSet());
        assertEquals("one letter of a kind a day at most", outbox.size(), letters.size());
    }

    @Test
    public void b_theOutbox_shouldShowANudgeMailAsItArrives() throws Exception {
        d().get(sandbox.get().baseUrl() + "sandbox/mail");
        WebElement nudge = waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//summary[normalize-space()='" + NUDGE_SUBJECT + "']")));
        ((ChromeDriver) d()).executeScript("arguments[0].parentNode.open = true; arguments[0].scrollIntoView()",
                nudge);
        WebElement frame = nudge.findElement(By.xpath("following-sibling::iframe"));
        d().switchTo().frame(frame);
        String text = d().findElement(By.tagName("body")).getText();
        assertTrue(text, d().findElements(By.cssSelector("a[href*='/pages/viewpage.action'], a[href*='/display/']"))
                .size() > 0);
        d().switchTo().defaultContent();
        browser.screenshot("outbox-nudge");
    }

    @Test
    public void c_myMentoring_shouldListWhatWaitsAndTurnRemindersOff() throws Exception {
        Programme programme = programme();
        String menteeKey = new WaitingRepository(sandbox.get().activeObjects()).pairings("ACTIVE", null).stream()
                .filter(p -> p.programmeId() == programme.id()).findFirst().orElseThrow().menteeKey();
        SandboxUsers.Person mentee = sandbox.get().users().byKey(menteeKey).orElseThrow();
        signIn(mentee);
        d().get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoData.SPACE, DemoData.MY_MENTORING).substring(1));
        WebElement list = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-tandem-my-mentoring]")));
        assertTrue(list.getText(), list.findElements(By.cssSelector(".tandem-my-mentoring-list a")).size() > 0);
        browser.axe().check("my-mentoring");
        browser.screenshot("my-mentoring");

        if (d().findElement(By.id("tandem-reminders-on")).isSelected()) {
            d().findElement(By.cssSelector("label[for=tandem-reminders-on]")).click();
        }
        d().findElement(By.cssSelector("[data-waiting-settings] button[type=submit]")).click();
        waiting().until(d -> !d.findElement(By.cssSelector("[data-waiting-saved]")).getText().isEmpty());

        assertTrue(new JobRunLog(sandbox.get().activeObjects()).preference(menteeKey).remindersOff());
    }
}
