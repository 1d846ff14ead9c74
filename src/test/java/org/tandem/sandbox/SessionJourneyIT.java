package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.ContentPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.AoSessionStore;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SharedHomeNoteKeys;

/**
 * The running pairing in a real browser on a fresh sandbox: a pair of cohort B accepts and its pairing page appears;
 * the manager records the expectations meeting and the mentee sees it; the mentor creates the first session (in the
 * past) from the pairing page; both write notes and an action item; the mentee records two learnings and shares one;
 * the manager, on the For managers page, reads the shared one only and answers; the mentee reads the answer; a
 * coordinator lifts the page's restrictions and reads no note; the restrictions come back and the pair is told; the
 * fit question is answered. Screenshots in target/screenshots/session-NN-*.png.
 */
public class SessionJourneyIT {

    private static final String NOTE_MENTOR = "Mentor note: she wants to try delegating the weekly report";
    private static final String NOTE_MENTEE = "Mentee note: I am afraid my team will think I am lazy";
    private static final String SHARED = "Handing over the weekly report freed two hours for planning";
    private static final String PRIVATE = "I still check every detail my team sends me";
    private static final String FEEDBACK = "Good move: let us agree which reports go next";

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("session-journey");

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(20));
    }

    private static void signIn(WebDriver d, String userKey) {
        SandboxBrowser.signIn(d, sandbox.get(), sandbox.get().users().byKey(userKey).orElseThrow());
    }

    private static void open(WebDriver d, long pageId) {
        d.get(sandbox.get().baseUrl() + "pages/viewpage.action?pageId=" + pageId);
        waiting(d).until(driver -> "complete".equals(((JavascriptExecutor) driver)
                .executeScript("return document.readyState;")));
    }

    /** Submits or clicks, then waits for the page the script reloads. */
    private static void andWaitForReload(WebDriver d, Runnable action) {
        ((JavascriptExecutor) d).executeScript("window.tandemOldPage = true;");
        action.run();
        waiting(d).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !window.tandemOldPage && document.readyState === 'complete';")));
    }

    private static void setValue(WebDriver d, WebElement field, String value) {
        ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private static String text(WebDriver d) {
        return d.findElement(By.tagName("body")).getText();
    }

    @Test
    public void journey_fromConsentToTheFitQuestion() throws Exception {
        WebDriver d = browser.driver();
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        String coordinator = sandbox.get().users().members(DemoData.COORDINATORS).stream().findFirst()
                .orElseThrow();

        // matching is run and published over REST (PairingJourneyIT shows it in the browser)
        SandboxTestSupport.Client rest = sandbox.client();
        rest.signIn(sandbox.get().users().byKey(coordinator).orElseThrow().username());
        assertEquals(200, rest.post("/rest/tandem/1.0/programmes/" + programmeId + "/pairings/run",
                "application/json", "{}").statusCode());
        assertEquals(200, rest.post("/rest/tandem/1.0/programmes/" + programmeId + "/pairings/publish",
                "application/json", "{}").statusCode());
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        Pairing pairing = pairings.findByProgramme(programmeId).stream().filter(p -> p.managerKey() != null)
                .findFirst().orElseThrow();
        String mentee = pairing.menteeKey();
        String mentor = pairing.mentorKey();
        String manager = pairing.managerKey();
        String menteeName = sandbox.get().users().byKey(mentee).orElseThrow().fullName();

        // 1. the pair accepts and the manager acknowledges on the board; the pairing page appears
        Page pairingsPage = sandbox.get().contentServices().getPage(DemoCohort.SPACE, "Pairings");
        for (String key : List.of(mentee, mentor, manager)) {
            signIn(d, key);
            open(d, pairingsPage.getId());
            WebElement row = d.findElement(By.cssSelector("tr[data-pairing-id='" + pairing.id() + "']"));
            WebElement button = row.findElement(By.cssSelector(key.equals(manager)
                    ? "[data-pairing-action='ACKNOWLEDGE']" : "[data-pairing-action='ACCEPT']"));
            andWaitForReload(d, button::click);
        }
        assertEquals(PairingState.ACTIVE, pairings.findById(pairing.id()).orElseThrow().state());
        List<SandboxContent.Page> homes = sandbox.get().content().children(pairingsPage.getId()).stream()
                .filter(page -> !page.title().equals(DemoData.SPEED_RANKINGS)).toList();
        assertEquals(homes.toString(), 1, homes.size());
        long home = homes.get(0).id();

        signIn(d, mentor);
        open(d, home);
        // the page title names the pair; the home does not repeat it
        assertFalse(text(d), d.findElement(By.cssSelector("[data-tandem-pairing-home]")).getText()
                .contains(menteeName));
        assertTrue(d.findElements(By.cssSelector(".tandem-expectations-missing")).size() == 1);
        // the missing expectations meeting is said before the sessions
        assertTrue((Boolean) ((JavascriptExecutor) d).executeScript("return (document.querySelector("
                + "'.tandem-expectations-missing').compareDocumentPosition(document.querySelector("
                + "'[data-home-sessions]')) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;"));
        browser.screenshot("session-01-pairing-page-appears");

        // 2. the manager records the expectations meeting on the For managers page; the mentee sees it held
        long managersPage = sandbox.get().content().pages(DemoCohort.SPACE).stream()
                .filter(p -> p.body().contains("ac:name=\"tandem-manager-mentoring\"")).findFirst().orElseThrow()
                .id();
        signIn(d, manager);
        open(d, managersPage);
        WebElement meeting = d.findElement(By.cssSelector("[data-expectations-form][data-pairing-id='"
                + pairing.id() + "']"));
        setValue(d, meeting.findElement(By.name("heldOn")), LocalDate.now().minusDays(7).toString());
        // AUI draws its own checkbox over the input: a person clicks the theme's label
        WebElement theme = meeting.findElement(By.name("themeIds"));
        meeting.findElement(By.cssSelector("label[for='" + theme.getAttribute("id") + "']")).click();
        assertTrue(theme.isSelected());
        meeting.findElement(By.name("supportTime")).sendKeys("Two hours a month in work time");
        meeting.findElement(By.name("notes")).sendKeys("We agreed she leads the planning meeting in May");
        browser.screenshot("session-02-manager-records-expectations");
        andWaitForReload(d, () -> meeting.findElement(By.cssSelector("button[type='submit']")).click());
        signIn(d, mentee);
        open(d, home);
        assertEquals(1, d.findElements(By.cssSelector(".tandem-expectations-held")).size());
        browser.axe().check("pairing-home");

        // 3. the mentor creates the first session, a week ago, with the button on the pairing home
        signIn(d, mentor);
        open(d, home);
        WebElement create = d.findElement(By.cssSelector("[data-session-form='create']"));
        setValue(d, create.findElement(By.name("date")), LocalDate.now().minusDays(3).toString());
        setValue(d, create.findElement(By.name("time")), "09:30");
        andWaitForReload(d, () -> create.findElement(By.cssSelector("[data-home-create]")).click());
        AoSessionStore sessions = new AoSessionStore(sandbox.get().activeObjects(),
                SharedHomeNoteKeys.in(Path.of("unused")));
        List<Session> made = sessions.findSessions(pairing.id());
        assertEquals(1, made.size());
        long sessionPage = made.get(0).pageId();
        assertTrue(text(d), d.findElements(By.cssSelector("[data-home-sessions] li")).size() == 1);
        assertTrue(d.findElement(By.cssSelector("[data-home-sessions] li a")).getAttribute("href")
                .endsWith("pageId=" + sessionPage));
        // the screenshot shows the new session in the list, under the form that made it
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                d.findElement(By.cssSelector("[data-home-sessions]")));
        browser.screenshot("session-03-pairing-home-with-session");

        // 4. both write notes; the mentor adds an action item for the mentee
        open(d, sessionPage);
        writeNote(d, NOTE_MENTOR);
        WebElement action = d.findElement(By.cssSelector("[data-session-form='action']"));
        action.findElement(By.name("text")).sendKeys("Hand over the weekly report to Sam");
        new Select(action.findElement(By.name("owner"))).selectByValue(mentee);
        setValue(d, action.findElement(By.name("due")), LocalDate.now().plusDays(10).toString());
        andWaitForReload(d, () -> action.findElement(By.cssSelector("button[type='submit']")).click());
        assertTrue(text(d), text(d).contains("Hand over the weekly report to Sam"));

        signIn(d, mentee);
        open(d, sessionPage);
        writeNote(d, NOTE_MENTEE);
        assertTrue(text(d).contains(NOTE_MENTOR));

        // 5. the mentee records two learnings and shares one
        addLearning(d, PRIVATE);
        addLearning(d, SHARED);
        WebElement sharedItem = learning(d, SHARED);
        andWaitForReload(d, () -> sharedItem.findElement(By.cssSelector("[data-learning-share='true']")).click());
        assertEquals(1, learning(d, SHARED).findElements(By.cssSelector("[data-learning-share='false']")).size());
        assertEquals(1, learning(d, PRIVATE).findElements(By.cssSelector("[data-learning-share='true']")).size());
        browser.screenshot("session-04-session-page-mentee");
        browser.axe().check("session-page");

        // 6. the manager reads the shared learning only, never the notes, and answers
        signIn(d, manager);
        open(d, managersPage);
        String managerView = text(d);
        assertTrue(managerView, managerView.contains(SHARED));
        assertFalse(managerView, managerView.contains(PRIVATE));
        assertFalse(managerView, managerView.contains("Mentor note"));
        assertFalse(managerView, managerView.contains("Mentee note"));
        WebElement answer = d.findElement(By.cssSelector("[data-learning-feedback]"));
        answer.findElement(By.name("feedback")).sendKeys(FEEDBACK);
        andWaitForReload(d, () -> answer.findElement(By.cssSelector("button[type='submit']")).click());
        browser.screenshot("session-05-managers-page");
        browser.axe().check("managers-page");
        open(d, sessionPage);
        assertFalse(text(d).contains("Mentor note"));

        signIn(d, mentee);
        open(d, sessionPage);
        assertTrue(text(d), text(d).contains(FEEDBACK));
        browser.screenshot("session-06-mentee-reads-feedback");

        // 7. a coordinator lifts the restrictions (the pairing page's too, as a session page inherits its view
        // restriction): the page opens, the notes and learnings do not
        SandboxUsers.Person coordinatorPerson = sandbox.get().users().byKey(coordinator).orElseThrow();
        sandbox.get().content().clearRestrictions(home, ContentPermission.VIEW_PERMISSION);
        sandbox.get().content().clearRestrictions(sessionPage, ContentPermission.VIEW_PERMISSION);
        sandbox.get().content().clearRestrictions(sessionPage, ContentPermission.EDIT_PERMISSION);
        signIn(d, coordinator);
        open(d, sessionPage);
        String lifted = text(d);
        assertTrue(lifted, lifted.contains("Agenda"));
        for (String secret : List.of(NOTE_MENTOR, NOTE_MENTEE, SHARED, PRIVATE, FEEDBACK)) {
            assertFalse(secret, lifted.contains(secret));
        }
        browser.screenshot("session-07-coordinator-sees-no-notes");

        // ... and when they are changed through Confluence, the guard puts them back and tells the pair
        int before = sandbox.get().mail().outbox().size();
        sandbox.get().scope().as(coordinatorPerson, () -> sandbox.get().contentServices().setContentPermissions(
                Map.of(ContentPermission.VIEW_PERMISSION, List.of(), ContentPermission.EDIT_PERMISSION, List.of()),
                sandbox.get().contentServices().getPage(sessionPage)));
        Set<String> viewers = sandbox.get().content().restrictions(sessionPage).stream()
                .filter(r -> r.type().equals(ContentPermission.VIEW_PERMISSION))
                .map(SandboxContent.Restriction::userKey).collect(Collectors.toSet());
        assertEquals(Set.of(mentee, mentor), viewers);
        open(d, sessionPage);
        assertFalse(text(d).contains(NOTE_MENTEE));
        Set<String> told = sandbox.get().mail().outbox().subList(before, sandbox.get().mail().outbox().size())
                .stream().map(SandboxMail.Mail::to).collect(Collectors.toSet());
        for (String key : List.of(mentee, mentor)) {
            assertTrue(told.toString(), told.contains(sandbox.get().users().byKey(key).orElseThrow().email()));
        }
        d.get(sandbox.get().baseUrl() + "sandbox/mail");
        String outbox = text(d);
        assertTrue(outbox, outbox.contains(sandbox.get().users().byKey(mentee).orElseThrow().email()));
        assertFalse(outbox.contains(NOTE_MENTEE));
        browser.screenshot("session-08-outbox-tells-the-pair");

        // 8. after session 1, the fit question
        signIn(d, mentee);
        open(d, home);
        WebElement good = d.findElement(By.cssSelector("[data-fit-answer='GOOD']"));
        andWaitForReload(d, good::click);
        assertEquals(1, d.findElements(By.cssSelector(".tandem-fit-answer")).size());
        browser.screenshot("session-09-fit-answered");
        assertTrue(text(d), text(d).contains(menteeName));

        Path site = Path.of("src/site/screenshots");
        Files.createDirectories(site);
        Files.copy(Path.of("target/screenshots/session-04-session-page-mentee.png"),
                site.resolve("session-page.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("target/screenshots/session-03-pairing-home-with-session.png"),
                site.resolve("pairing-home.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeNote(WebDriver d, String note) {
        WebElement form = d.findElement(By.cssSelector("[data-session-form='note']"));
        form.findElement(By.name("text")).sendKeys(note);
        andWaitForReload(d, () -> form.findElement(By.cssSelector("button[type='submit']")).click());
        assertTrue(text(d), d.findElement(By.id("tandem-my-note")).getAttribute("value").contains(note));
    }

    private static void addLearning(WebDriver d, String text) {
        WebElement form = d.findElement(By.cssSelector("[data-learning-add]"));
        form.findElement(By.name("text")).sendKeys(text);
        andWaitForReload(d, () -> form.findElement(By.cssSelector("button[type='submit']")).click());
    }

    private static WebElement learning(WebDriver d, String text) {
        return d.findElements(By.cssSelector("[data-learning-id]")).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElseThrow();
    }
}
