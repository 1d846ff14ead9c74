package org.tandem.sandbox;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;

import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The pairing board's in-place steps and its AUI dialog in a real browser: the coordinator removes a staged pair
 * (the row goes, a flag says so, nothing reloads); a mentee declines through the reason dialog, which moves the focus
 * into itself, refuses a blank reason, closes with Escape (the focus back on the button) and sends the reason.
 */
public class PairingBoardDialogIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("pairing-dialog");

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(20));
    }

    private static void signIn(WebDriver d, String userKey) {
        SandboxBrowser.signIn(d, sandbox.get(), sandbox.get().users().byKey(userKey).orElseThrow());
        d.get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoCohort.SPACE, "Pairings").substring(1));
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tandem-pairing]")));
    }

    private static Object script(WebDriver d, String script) {
        return ((JavascriptExecutor) d).executeScript(script);
    }

    private static WebElement row(WebDriver d, int pairingId) {
        return d.findElement(By.cssSelector("tr[data-pairing-id='" + pairingId + "']"));
    }

    @Test
    public void board_shouldRemoveInPlaceAndAskForAReasonInADialog() throws Exception {
        WebDriver d = browser.driver();
        AoPairingStore store = new AoPairingStore(sandbox.get().activeObjects());
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        signIn(d, sandbox.get().users().members(DemoData.COORDINATORS).stream().findFirst().orElseThrow());

        d.findElement(By.cssSelector("[data-pairing-command='run']")).click();
        waiting(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-pairing-ran]")));
        script(d, "window.tandemSamePage = true;");
        int staged = d.findElements(By.cssSelector("tr[data-pairing-id]")).size();
        WebElement first = d.findElement(By.cssSelector("tr[data-pairing-id]"));
        String mentee = first.findElement(By.cssSelector(".tandem-pairing-mentee")).getText();
        first.findElement(By.cssSelector("[data-pairing-action='REMOVE']")).click();

        waiting(d).until(driver -> driver.findElements(By.cssSelector("tr[data-pairing-id]")).size() == staged - 1);
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".aui-flag"), mentee));
        assertTrue(d.findElement(By.cssSelector(".tandem-pairing-summary")).getText()
                .startsWith("Staged: " + (staged - 1) + "."));
        assertEquals(Boolean.TRUE, script(d, "return window.tandemSamePage === true;"));
        assertEquals(staged - 1, store.findByProgramme(programmeId).stream()
                .filter(p -> p.state() == PairingState.STAGED).count());

        d.findElement(By.cssSelector("[data-pairing-command='publish']")).click();
        waiting(d).until(driver -> Boolean.TRUE.equals(script(driver,
                "return !window.tandemSamePage && document.readyState === 'complete';")));
        Pairing pairing = store.findByProgramme(programmeId).stream()
                .filter(p -> p.state() == PairingState.PROPOSED).findFirst().orElseThrow();

        signIn(d, pairing.menteeKey());
        WebElement decline = row(d, pairing.id()).findElement(By.cssSelector("[data-pairing-action='DECLINE']"));
        decline.click();
        WebElement dialog = waiting(d).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tandem-dialog")));
        waiting(d).until(driver -> Boolean.TRUE.equals(script(driver,
                "return document.activeElement.matches('.tandem-dialog textarea');")));
        dialog.findElement(By.cssSelector("[data-dialog-confirm]")).click();
        assertEquals("Please give a reason.", dialog.findElement(By.cssSelector(".error")).getText());
        assertTrue(dialog.isDisplayed());
        browser.screenshot("pairing-dialog-1-reason");

        d.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting(d).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tandem-dialog")));
        waiting(d).until(driver -> decline.equals(driver.switchTo().activeElement()));
        assertEquals(PairingState.PROPOSED, store.findById(pairing.id()).orElseThrow().state());

        decline.click();
        WebElement reason = waiting(d).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".tandem-dialog textarea")));
        reason.sendKeys("Our calendars never meet.");
        script(d, "window.tandemSamePage = true;");
        d.findElement(By.cssSelector(".tandem-dialog [data-dialog-confirm]")).click();
        waiting(d).until(driver -> Boolean.TRUE.equals(script(driver,
                "return !window.tandemSamePage && document.readyState === 'complete';")));
        assertEquals(PairingState.DECLINED, store.findById(pairing.id()).orElseThrow().state());
        browser.screenshot("pairing-dialog-2-declined");
    }
}
