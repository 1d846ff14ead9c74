package org.tandem.sandbox;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * One whole journey with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows and typing; no clicks, no clicks
 * from scripts; scripts only read where the focus is): a staff member signs in and applies as a mentee, a form
 * error is announced and tied to its field on the way; their manager approves; the coordinator approves, moves the
 * programme to matching, runs matching and publishes; the mentor opens the decline dialog (the focus stays inside
 * it and comes back to the button on Escape), and both accept. Every control the focus lands on in a Tandem view
 * shows a visible focus ring. Screenshots in target/screenshots/keyboard-NN-*.png.
 */
public class KeyboardJourneyIT {

    /** How far Tab (or Shift+Tab) may travel looking for a control before the test gives up. */
    private static final int MAX_STOPS = 160;

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("keyboard-journey");

    private static WebDriver d() {
        return browser.driver();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(d(), Duration.ofSeconds(20));
    }

    private static Object script(String script, Object... args) {
        return ((JavascriptExecutor) d()).executeScript(script, args);
    }

    private static void press(CharSequence... keys) {
        new Actions(d()).sendKeys(keys).perform();
    }

    private static boolean focused(String css) {
        return Boolean.TRUE.equals(script("var a = document.activeElement; return !!a && a.matches(arguments[0]);",
                css));
    }

    /**
     * Moves the focus with Tab until it is on an element matching css, then with Shift+Tab when Tab did not find
     * it; checks the focus ring of every Tandem control it passes.
     */
    private static void focus(String css) {
        for (CharSequence key : List.of(Keys.TAB, Keys.chord(Keys.SHIFT, Keys.TAB))) {
            for (int i = 0; i < MAX_STOPS; i++) {
                if (focused(css)) {
                    assertFocusVisible();
                    return;
                }
                press(key);
                assertFocusVisible();
            }
        }
        throw new AssertionError("the keyboard does not reach " + css + "; the focus is on "
                + script("return document.activeElement.outerHTML.substring(0, 200);"));
    }

    /** The focused element, when it is in a Tandem view or dialog, shows a focus ring (on its label for AUI's radios). */
    private static void assertFocusVisible() {
        Object problem = script("""
                var a = document.activeElement;
                if (!a || !a.closest('.tandem-programme, .tandem-enrol, .tandem-approvals, .tandem-pairing, '
                    + '.tandem-dialog, .tandem-admin, .tandem-programme-wizard')) { return null; }
                if (!a.matches(':focus-visible')) { return 'not :focus-visible'; }
                var shown = a;
                if (a.matches('input.radio, input.checkbox') && a.id) {
                    shown = document.querySelector('label[for="' + a.id + '"]') || a;
                }
                var s = getComputedStyle(shown);
                var ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none';
                return ring ? null : 'no focus ring on ' + shown.outerHTML.substring(0, 160);
                """);
        if (problem != null) {
            throw new AssertionError(String.valueOf(problem));
        }
    }

    /** Focuses the control matching css and presses Enter on it. */
    private static void enter(String css) {
        focus(css);
        press(Keys.ENTER);
    }

    /** Marks the document, so that the one a reload brings can be told apart from it. */
    private static void markPage() {
        script("window.tandemOldPage = true;");
    }

    private static void waitForNewPage() {
        waiting().until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !window.tandemOldPage && document.readyState === 'complete';")));
    }

    /** Signs in on the sign-in page: Tab to the list of people, type the name, Tab to the button, Enter. */
    private static void signIn(SandboxUsers.Person person) {
        d().manage().deleteAllCookies();
        d().get(sandbox.get().baseUrl() + "login");
        focus("#login-user");
        press(person.fullName());
        // typing picks the first person of that name; the arrows step to the one meant when names repeat
        @SuppressWarnings("unchecked")
        List<String> usernames = (List<String>) script(
                "return Array.prototype.map.call(document.getElementById('login-user').options, o => o.value);");
        int wanted = usernames.indexOf(person.username());
        int now = usernames.indexOf(String.valueOf(script("return document.getElementById('login-user').value;")));
        for (; now < wanted; now++) {
            press(Keys.ARROW_DOWN);
        }
        for (; now > wanted; now--) {
            press(Keys.ARROW_UP);
        }
        assertEquals(person.username(), script("return document.getElementById('login-user').value;"));
        enter("#login-submit");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"),
                person.fullName()));
    }

    /** Opens a page of the space from the page tree with the keyboard, starting from the space's home. */
    private static void openPage(String space, String title) {
        d().get(sandbox.get().baseUrl() + "display/" + space);
        markPage();
        enter("#page-tree a[href$='/" + StorageFormat.pageUrl(space, title).replaceAll(".*/", "") + "']");
        waitForNewPage();
        waiting().until(ExpectedConditions.textToBe(By.id("title-text"), title));
    }

    /** Approves one application in the approvals list with the keyboard; it leaves the list and a flag says so. */
    private static void approve(int applicationId) {
        String item = "li[data-application-id='" + applicationId + "']";
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(item)));
        enter(item + " button[data-verdict='APPROVE']");
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(item)));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".aui-flag")));
    }

    @Test
    public void journey_applyApproveMatchPublishAndAccept_withTheKeyboardOnly() throws Exception {
        SandboxUsers users = sandbox.get().users();
        SandboxUsers.Person mentee = DemoData.menteeWithManager(users, 5, "Sales");
        SandboxUsers.Person manager = users.byKey(mentee.managerKey()).orElseThrow();
        SandboxUsers.Person coordinator = DemoData.coordinator(users);
        ProgrammeRepository programmes = new ProgrammeRepository(sandbox.get().activeObjects());
        int programmeId = programmes.findBySpaceKey(DemoData.SPACE).orElseThrow().id();
        ParticipantRepository participants = new ParticipantRepository(sandbox.get().activeObjects());

        // 1. the staff member applies as a mentee; sent without goals, the form says what is missing
        signIn(mentee);
        openPage(DemoData.SPACE, "Enrol");
        focus("#tandem-enrol-role-mentee");   // Tab stops on the checked radio of a group
        press(Keys.ARROW_DOWN);                // arrows move between the radios of the group and choose
        assertTrue(focused("#tandem-enrol-role-mentor"));
        assertEquals(Boolean.TRUE, script("return document.getElementById('tandem-enrol-role-mentor').checked;"));
        press(Keys.ARROW_UP);
        assertTrue(focused("#tandem-enrol-role-mentee"));
        assertEquals(Boolean.TRUE, script("return document.getElementById('tandem-enrol-role-mentee').checked;"));
        focus("input[name='themeIds']");
        press(Keys.SPACE);
        assertEquals(Boolean.TRUE, script("return document.activeElement.checked;"));
        press(Keys.TAB, Keys.SPACE);
        browser.screenshot("keyboard-01-enrol-themes");
        enter(".tandem-enrol-form button[type='submit']");
        waiting().until(driver -> focused("[aria-invalid='true']"));
        String describedBy = String.valueOf(script("return document.activeElement.getAttribute('aria-describedby');"));
        WebElement slot = d().findElement(By.id(describedBy.split(" ")[0]));
        assertFalse("the error is tied to the field", slot.getText().isBlank());
        assertEquals("polite", slot.getAttribute("aria-live"));
        browser.screenshot("keyboard-02-enrol-error");
        focus("#tandem-enrol-goals");
        press("Speak up with senior people; delegate more.");
        focus("#tandem-enrol-availability");
        press("Tuesday mornings");
        markPage();
        enter(".tandem-enrol-form button[type='submit']");
        waitForNewPage();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-enrol-application")));
        browser.screenshot("keyboard-03-applied");
        Participant applied = participants.findByProgrammeAndState(programmeId, ParticipantState.AWAITING_MANAGER)
                .stream().filter(p -> p.userKey().equals(mentee.key())).findFirst().orElseThrow();

        // 2. the manager approves
        signIn(manager);
        openPage(DemoData.SPACE, "Enrol");
        approve(applied.id());
        browser.screenshot("keyboard-04-manager-approved");

        // 3. the coordinator approves, moves the programme to matching, runs matching and publishes
        signIn(coordinator);
        openPage(DemoData.SPACE, "Enrol");
        approve(applied.id());
        browser.screenshot("keyboard-05-coordinator-approved");
        d().get(sandbox.get().baseUrl() + "display/" + DemoData.SPACE);
        markPage();
        enter(".tandem-phase-move[data-phase='" + ProgrammePhase.MATCHING.name() + "']");
        waitForNewPage();
        assertEquals(ProgrammePhase.MATCHING, programmes.findBySpaceKey(DemoData.SPACE).orElseThrow().phase());

        openPage(DemoData.SPACE, "Pairings");
        enter("[data-pairing-command='run']");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-pairing-ran]")));
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        Pairing staged = pairings.findByProgramme(programmeId).stream()
                .filter(p -> p.state() == PairingState.STAGED && p.menteeKey().equals(mentee.key()))
                .findFirst().orElseThrow(() -> new AssertionError("the run did not stage the mentee: "
                        + d().findElement(By.cssSelector(".tandem-pairing")).getText()));
        browser.screenshot("keyboard-06-staged");
        markPage();
        enter("[data-pairing-command='publish']");
        waitForNewPage();
        assertEquals(PairingState.PROPOSED, pairings.findById(staged.id()).orElseThrow().state());
        browser.screenshot("keyboard-07-published");
        String row = "tr[data-pairing-id='" + staged.id() + "']";

        // 4. the mentor opens the decline dialog, finds the focus kept inside it, leaves with Escape, and accepts
        signIn(users.byKey(staged.mentorKey()).orElseThrow());
        openPage(DemoData.SPACE, "Pairings");
        String decline = row + " [data-pairing-action='DECLINE']";
        enter(decline);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tandem-dialog")));
        waiting().until(driver -> focused(".tandem-dialog textarea"));
        for (int i = 0; i < 6; i++) {
            press(Keys.TAB);
            assertTrue("Tab stays in the dialog", focused(".tandem-dialog *"));
            assertFocusVisible();
        }
        for (int i = 0; i < 6; i++) {
            press(Keys.chord(Keys.SHIFT, Keys.TAB));
            assertTrue("Shift+Tab stays in the dialog", focused(".tandem-dialog *"));
        }
        browser.screenshot("keyboard-08-dialog");
        press(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tandem-dialog")));
        waiting().until(driver -> focused(decline));
        markPage();
        enter(row + " [data-pairing-action='ACCEPT']");
        waitForNewPage();

        // 5. the mentee accepts with Space
        signIn(mentee);
        openPage(DemoData.SPACE, "Pairings");
        markPage();
        focus(row + " [data-pairing-action='ACCEPT']");
        press(Keys.SPACE);
        waitForNewPage();
        browser.screenshot("keyboard-09-both-accepted");
        Pairing accepted = pairings.findById(staged.id()).orElseThrow();
        assertEquals(Consent.GIVEN, accepted.mentorConsent());
        assertEquals(Consent.GIVEN, accepted.menteeConsent());
        assertTrue(d().findElements(By.cssSelector(row + " [data-pairing-action='ACCEPT']")).isEmpty());
    }
}
