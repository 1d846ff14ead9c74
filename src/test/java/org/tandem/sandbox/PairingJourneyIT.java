package org.tandem.sandbox;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;

import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The pairing journey in a real browser on a fresh sandbox: the coordinator opens the Pairings page of cohort B,
 * runs matching, reads the proposals with their scores and reasons, and publishes; the mentee and the mentor accept,
 * the mentee's manager acknowledges, and the coordinator sees the pairing active. Screenshots in
 * target/screenshots/pairing-NN-*.png.
 */
public class PairingJourneyIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("pairing-journey");

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(20));
    }

    private static void signIn(WebDriver d, String userKey) {
        SandboxBrowser.signIn(d, sandbox.get(), sandbox.get().users().byKey(userKey).orElseThrow());
    }

    private static void signOut(WebDriver d) {
        markPage(d);
        d.findElement(By.id("logout")).click();
        waiting(d).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !window.tandemOldPage && document.readyState === 'complete';")));
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "Not signed in"));
    }

    private static void openPairings(WebDriver d) {
        d.get(sandbox.get().baseUrl() + "display/" + DemoCohort.SPACE);
        d.findElement(By.cssSelector("#page-tree")).findElement(By.linkText("Pairings")).click();
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tandem-pairing]")));
    }

    /** Clicks a board button and waits for the page the script reloads. */
    private static void clickAndWaitForReload(WebDriver d, WebElement button) {
        markPage(d);
        button.click();
        waitForNewPage(d);
    }

    /** Marks the current document, so that a reloaded one can be told apart from it. */
    private static void markPage(WebDriver d) {
        ((JavascriptExecutor) d).executeScript("window.tandemOldPage = true;");
    }

    private static void waitForNewPage(WebDriver d) {
        waiting(d).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !window.tandemOldPage && document.readyState === 'complete';")));
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tandem-pairing]")));
    }

    private static WebElement row(WebDriver d, int pairingId) {
        return d.findElement(By.cssSelector("tr[data-pairing-id='" + pairingId + "']"));
    }

    @Test
    public void journey_runPublishConsentAndSeeItActive() throws Exception {
        WebDriver d = browser.driver();
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        String coordinator = sandbox.get().users().members(DemoData.COORDINATORS).stream().findFirst().orElseThrow();

        signIn(d, coordinator);
        openPairings(d);
        assertEquals("Pairings", d.findElement(By.id("title-text")).getText());
        assertTrue(d.findElements(By.cssSelector("tr[data-pairing-id]")).isEmpty());
        browser.screenshot("pairing-01-coordinator-before-run");

        WebElement run = d.findElement(By.cssSelector("[data-pairing-command='run']"));
        assertFalse(d.findElement(By.cssSelector("[data-pairing-command='publish']")).isEnabled());
        // hold the run's answer back a moment, so that the page shows what a coordinator sees while it computes
        ((JavascriptExecutor) d).executeScript("var f = window.fetch; window.fetch = "
                + "function () { var a = arguments; return new Promise(function (ok) { setTimeout(ok, 1500); })"
                + ".then(function () { return f.apply(window, a); }); };");
        run.click();
        waiting(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-pairing-progress]")));
        assertFalse(run.isEnabled());
        browser.screenshot("pairing-02-run-in-progress");
        // the board draws the run's proposals from the answer, without reloading the page
        waiting(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-pairing-ran]")));
        List<WebElement> rows = d.findElements(By.cssSelector("tr[data-pairing-id]"));
        assertFalse(rows.isEmpty());
        for (WebElement r : rows) {
            assertFalse(r.findElement(By.cssSelector(".tandem-pairing-score")).getText().isBlank());
            assertFalse(r.findElement(By.cssSelector(".tandem-pairing-why")).getText().isBlank());
        }
        assertTrue(d.findElements(By.cssSelector(".sandbox-macro-error")).isEmpty());
        String ran = d.findElement(By.cssSelector("[data-pairing-ran]")).getText();
        assertTrue(ran, ran.startsWith("The run proposed " + rows.size() + " pairs"));
        browser.screenshot("pairing-03-proposals");

        clickAndWaitForReload(d, d.findElement(By.cssSelector("[data-pairing-command='publish']")));
        browser.screenshot("pairing-04-published");

        List<Pairing> pairings = new AoPairingStore(sandbox.get().activeObjects()).findByProgramme(programmeId);
        Pairing pairing = pairings.stream().filter(p -> p.managerKey() != null).findFirst().orElseThrow();
        String mentorName = sandbox.get().users().byKey(pairing.mentorKey()).orElseThrow().fullName();
        String menteeName = sandbox.get().users().byKey(pairing.menteeKey()).orElseThrow().fullName();
        assertTrue(row(d, pairing.id()).findElement(By.cssSelector(".aui-lozenge")).getText()
                .equalsIgnoreCase(sandbox.get().pluginText().getText("tandem.pairing.state.PROPOSED")));

        signOut(d);
        signIn(d, pairing.menteeKey());
        openPairings(d);
        assertTrue(d.findElement(By.cssSelector(".tandem-pairing-awaiting")).getText().contains(mentorName));
        assertEquals(1, d.findElements(By.cssSelector("tr[data-pairing-id]")).size());
        assertTrue(row(d, pairing.id()).getText().contains(mentorName));
        browser.screenshot("pairing-05-mentee-sees-proposal");
        clickAndWaitForReload(d, row(d, pairing.id()).findElement(By.cssSelector("[data-pairing-action='ACCEPT']")));
        assertTrue(row(d, pairing.id()).findElements(By.cssSelector("[data-pairing-action='ACCEPT']")).isEmpty());
        browser.screenshot("pairing-06-mentee-accepted");

        signOut(d);
        signIn(d, pairing.mentorKey());
        openPairings(d);
        assertTrue(row(d, pairing.id()).getText().contains(menteeName));
        clickAndWaitForReload(d, row(d, pairing.id()).findElement(By.cssSelector("[data-pairing-action='ACCEPT']")));
        assertTrue(row(d, pairing.id()).getText().contains(
                sandbox.get().pluginText().getText("tandem.pairing.party.MANAGER")));
        browser.screenshot("pairing-07-mentor-accepted");

        signOut(d);
        signIn(d, pairing.managerKey());
        openPairings(d);
        WebElement acknowledge = row(d, pairing.id())
                .findElement(By.cssSelector("[data-pairing-action='ACKNOWLEDGE']"));
        assertNotNull(acknowledge);
        browser.screenshot("pairing-08-manager-asked");
        clickAndWaitForReload(d, acknowledge);
        browser.screenshot("pairing-09-manager-acknowledged");

        signOut(d);
        signIn(d, coordinator);
        openPairings(d);
        assertTrue(row(d, pairing.id()).findElement(By.cssSelector(".aui-lozenge")).getText()
                .equalsIgnoreCase(sandbox.get().pluginText().getText("tandem.pairing.state.ACTIVE")));
        browser.screenshot("pairing-10-coordinator-sees-active");
    }
}
