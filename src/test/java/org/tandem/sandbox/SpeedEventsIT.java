package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * A speed-mentoring event in a real browser, from the coordinator adding it to a mentee reading their rounds: a
 * missing place is an error tied to its field; the saved event shows its plan by table; the run sheet opens; sending
 * the schedules mails every participant once with a calendar entry, and a second send mails nobody and says so; the
 * mentee sees their own rounds on the Pairings page. Every view passes axe.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class SpeedEventsIT {

    private static final String PLACE = "Room 4, 2nd floor";

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("speed-events");

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    private static void signIn(WebDriver d, SandboxUsers.Person person) {
        SandboxBrowser.signIn(d, sandbox.get(), person);
    }

    private static void openPairings(WebDriver d) {
        d.get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoCohort.SPACE, "Pairings").substring(1));
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-speed")));
    }

    private static SandboxUsers.Person coordinator() {
        return sandbox.get().users().members(DemoData.COORDINATORS).stream().findFirst()
                .map(key -> sandbox.get().users().byKey(key).orElseThrow()).orElseThrow();
    }

    private static void type(WebDriver d, String name, String text) {
        WebElement input = d.findElement(By.cssSelector("[data-speed-form] [name='" + name + "']"));
        input.clear();
        input.sendKeys(text);
    }

    private static long speedMails() {
        return sandbox.get().mail().outbox().stream().filter(m -> m.attachments().stream()
                .anyMatch(a -> a.name().equals("speed-mentoring.ics"))).count();
    }

    @Test
    public void a_coordinator_shouldAddAnEventAndSeeItsPlanByTable() throws Exception {
        WebDriver d = browser.driver();
        signIn(d, coordinator());
        openPairings(d);
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-speed-form]")));
        browser.axe().check("speed-events-form");

        ((JavascriptExecutor) d).executeScript("document.getElementById('tandem-speed-starts').value = "
                + "'2027-01-14T15:00';");
        type(d, "place", " ");
        type(d, "tables", "100");
        type(d, "rounds", "3");
        d.findElement(By.cssSelector("[data-speed-save]")).click();
        WebElement placeError = waiting(d).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-speed-form] [data-error-for='place']")));
        assertFalse(placeError.getText().isBlank());
        WebElement place = d.findElement(By.id("tandem-speed-place"));
        assertEquals("true", place.getAttribute("aria-invalid"));
        assertTrue(place.getAttribute("aria-describedby").contains(placeError.getAttribute("id")));
        assertEquals(place, d.switchTo().activeElement());
        browser.axe().check("speed-events-form-error");
        browser.screenshot("speed-events-1-form-error");

        type(d, "place", PLACE);
        d.findElement(By.cssSelector("[data-speed-save]")).click();
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.tandem-speed-plan")));
        List<WebElement> tables = d.findElements(By.cssSelector("table.tandem-speed-plan tbody tr"));
        assertFalse(tables.isEmpty());
        assertEquals(3, d.findElements(By.cssSelector("table.tandem-speed-plan thead th")).size() - 2);
        assertTrue(d.findElement(By.cssSelector(".tandem-speed-event")).getText().contains(PLACE));
        browser.axe().check("speed-events-coordinator");
        browser.screenshot("speed-events-2-plan");
    }

    @Test
    public void b_runSheet_shouldListEachRoundAndEachTable() throws Exception {
        WebDriver d = browser.driver();
        openPairings(d);
        String sheet = d.findElement(By.cssSelector(".tandem-speed-event a[href*='speed-run-sheet']"))
                .getAttribute("href");
        d.get(sheet);
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-run-sheet-round")));
        assertEquals(3, d.findElements(By.cssSelector(".tandem-run-sheet-round")).size());
        assertFalse(d.findElements(By.cssSelector(".tandem-run-sheet-tableplan")).isEmpty());
        browser.axe().check("speed-run-sheet");
        browser.screenshot("speed-events-3-run-sheet");
    }

    @Test
    public void c_sending_shouldMailEachParticipantOnceWithACalendarEntry() throws Exception {
        WebDriver d = browser.driver();
        openPairings(d);
        long before = speedMails();
        d.findElement(By.cssSelector("[data-speed-send]")).click();
        WebElement said = waiting(d).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-speed-sent]")));
        waiting(d).until(driver -> !said.getText().isBlank());
        long mailed = speedMails() - before;
        assertTrue("mailed " + mailed, mailed > 0);
        SandboxMail.Mail one = sandbox.get().mail().outbox().stream().filter(m -> !m.attachments().isEmpty())
                .findFirst().orElseThrow();
        String ics = one.attachments().get(0).text();
        assertTrue(ics, ics.contains("BEGIN:VEVENT\r\n")
                && ics.matches("(?s).*\r\nDTSTART:2027011\\dT\\d{6}Z\r\n.*"));
        assertTrue(ics, ics.replace("\r\n ", "").contains("LOCATION:Room 4\\, 2nd floor\r\n"));
        assertEquals("text/calendar; method=PUBLISH; charset=UTF-8", one.attachments().get(0).contentType());
        browser.axe().check("speed-events-sent");
        browser.screenshot("speed-events-4-sent");

        d.findElement(By.cssSelector("[data-speed-send]")).click();
        waiting(d).until(driver -> said.getText().contains("Nobody was mailed"));
        assertEquals("a second send mails nobody", mailed, speedMails() - before);

        d.get(sandbox.get().baseUrl() + "sandbox/mail");
        WebElement summary = waiting(d).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='mail-outbox']//summary[contains(., 'Speed mentoring in')]")));
        summary.click();
        waiting(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.mail-attachment")));
        browser.screenshot("speed-events-5-outbox");
    }

    @Test
    public void d_mentee_shouldSeeTheirOwnRounds() throws Exception {
        WebDriver d = browser.driver();
        int programme = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        Participant mentee = new ParticipantRepository(sandbox.get().activeObjects())
                .findByProgrammeAndState(programme, ParticipantState.APPROVED).stream()
                .filter(p -> p.role() == ParticipantRole.MENTEE)
                .filter(p -> sandbox.get().users().byKey(p.userKey()).isPresent()
                        && !sandbox.get().users().isDeactivated(p.userKey())
                        && !sandbox.get().users().isMember(p.userKey(), DemoData.COORDINATORS))
                .findFirst().orElseThrow();
        sandbox.get().timeZones().choose(mentee.userKey(), "Pacific/Auckland");
        signIn(d, sandbox.get().users().byKey(mentee.userKey()).orElseThrow());
        openPairings(d);
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-speed-mine")));
        String when = d.findElement(By.cssSelector(".tandem-speed-schedule h4")).getText();
        assertTrue("in the zone of the mentee's profile: " + when, when.endsWith("(New Zealand Daylight Time)"));
        assertEquals(3, d.findElements(By.cssSelector(".tandem-speed-rounds tbody tr")).size());
        assertTrue(d.findElements(By.cssSelector("[data-speed-form]")).isEmpty());
        assertTrue(d.findElement(By.cssSelector(".tandem-speed-schedule")).getText().contains(PLACE));
        browser.axe().check("speed-events-mentee");
        browser.screenshot("speed-events-6-mentee");
    }
}
