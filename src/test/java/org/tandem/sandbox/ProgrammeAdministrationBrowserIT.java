package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The coordinator's controls on the programme home, in a real browser against the real plugin: a theme added
 * through the form shows up (as text), a bad charter shows its field error next to the field, and a phase button
 * moves the programme; a closing programme is run again through its form (checked by axe, with its field errors)
 * into a new space; a mentor whose pairing ended opens their thank-you (checked by axe). Screenshots in
 * target/screenshots/programme-admin-*.png, programme-rerun-*.png and mentor-thanks.png.
 */
public class ProgrammeAdministrationBrowserIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("programme-admin-browser");

    @Test
    public void coordinator_shouldEditThemesCharterAndPhaseFromTheProgrammeHome() throws Exception {
        WebDriver d = browser.driver();
        WebDriverWait waiting = new WebDriverWait(d, Duration.ofSeconds(15));
        SandboxUsers.Person coordinator = DemoData.coordinator(sandbox.get().users());
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user"))).selectByValue(coordinator.username());
        d.findElement(By.id("login-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"),
                coordinator.fullName()));
        d.get(sandbox.get().baseUrl() + "display/" + DemoData.SPACE);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-programme-admin")));

        WebElement themeForm = d.findElement(By.cssSelector(".tandem-theme-form"));
        themeForm.findElement(By.name("category")).sendKeys("sales");
        themeForm.findElement(By.name("name")).sendKeys("Pitching <b>hard</b>");
        themeForm.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-own-themes li")));
        assertTrue(d.findElement(By.cssSelector(".tandem-own-themes li")).getText()
                .contains("sales: Pitching <b>hard</b>"));
        browser.screenshot("programme-admin-1-theme");

        d.findElement(By.cssSelector(".tandem-charter-editor summary")).click();
        WebElement duration = d.findElement(By.id("tandem-charter-duration"));
        duration.clear();
        duration.sendKeys("0");
        d.findElement(By.cssSelector(".tandem-charter-form button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-field-error=durationMonths]"), "from 1 to 120"));
        browser.screenshot("programme-admin-2-charter-error");

        d.findElement(By.cssSelector("button[data-phase=MATCHING]")).click();
        // after the reload, matching offers running next (the lozenge's text is upper-cased by the style sheet)
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-phase=RUNNING]")));
        browser.screenshot("programme-admin-3-matching");
        assertEquals(ProgrammePhase.MATCHING, new ProgrammeRepository(sandbox.get().activeObjects())
                .findBySpaceKey(DemoData.SPACE).orElseThrow().phase());
    }

    @Test
    public void coordinator_shouldRunAClosingProgrammeAgainInANewSpace() throws Exception {
        ProgrammeRepository programmes = new ProgrammeRepository(sandbox.get().activeObjects());
        ProgrammePhase before = programmes.findBySpaceKey(DemoData.SPACE).orElseThrow().phase();
        programmes.update(programmes.findBySpaceKey(DemoData.SPACE).orElseThrow().withPhase(ProgrammePhase.CLOSING));
        try {
            runAgain(programmes);
        } finally {
            // the other test starts from the demo programme's own phase
            programmes.update(programmes.findBySpaceKey(DemoData.SPACE).orElseThrow().withPhase(before));
        }
    }

    private void runAgain(ProgrammeRepository programmes) throws Exception {
        WebDriver d = browser.driver();
        WebDriverWait waiting = new WebDriverWait(d, Duration.ofSeconds(30));
        SandboxUsers.Person coordinator = DemoData.coordinator(sandbox.get().users());
        d.manage().deleteAllCookies();
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user"))).selectByValue(coordinator.username());
        d.findElement(By.id("login-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"),
                coordinator.fullName()));
        d.get(sandbox.get().baseUrl() + "display/" + DemoData.SPACE);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-rerun summary")));

        d.findElement(By.cssSelector(".tandem-rerun summary")).click();
        WebElement form = d.findElement(By.cssSelector(".tandem-rerun-form"));
        form.findElement(By.name("spaceKey")).sendKeys(DemoData.SPACE);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".tandem-rerun-form [data-field-error=spaceKey]"), "is taken"));
        browser.screenshot("programme-rerun-1-taken");
        browser.axe().check("programme-rerun-form");

        WebElement key = form.findElement(By.name("spaceKey"));
        key.clear();
        key.sendKeys("AGAIN27");
        WebElement name = form.findElement(By.name("name"));
        name.clear();
        name.sendKeys("Mentoring, the second year");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.urlContains("/display/AGAIN27"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-programme-admin")));
        browser.screenshot("programme-rerun-2-new-space");
        assertEquals(ProgrammePhase.DRAFT, programmes.findBySpaceKey("AGAIN27").orElseThrow().phase());
    }

    @Test
    public void mentor_shouldOpenTheirThankYouOnceThePairingEnded() throws Exception {
        org.tandem.mentoring.domain.programme.Programme programme = new ProgrammeRepository(
                sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE).orElseThrow();
        org.tandem.mentoring.store.AoPairingStore pairings = new org.tandem.mentoring.store.AoPairingStore(
                sandbox.get().activeObjects());
        org.tandem.mentoring.domain.pairing.Pairing pair = pairings.findByProgrammeAndStates(programme.id(),
                java.util.Set.of(org.tandem.mentoring.domain.pairing.PairingState.ACTIVE)).get(0);
        SandboxUsers.Person mentor = sandbox.get().users().byKey(pair.mentorKey()).orElseThrow();
        SandboxTestSupport.Client client = new SandboxTestSupport.Client(sandbox.get());
        client.signIn(mentor.username());
        assertEquals(200, client.post("/rest/tandem/1.0/pairings/" + pair.id() + "/end", "application/json",
                "{\"version\":" + pair.version() + ",\"reason\":\"done\"}").statusCode());

        WebDriver d = browser.driver();
        WebDriverWait waiting = new WebDriverWait(d, Duration.ofSeconds(30));
        d.manage().deleteAllCookies();
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user"))).selectByValue(mentor.username());
        d.findElement(By.id("login-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), mentor.fullName()));
        d.get(sandbox.get().baseUrl() + "plugins/servlet/tandem/thanks?programme=" + programme.id());
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tandem-thanks]")));

        assertEquals(mentor.fullName(), d.findElement(By.cssSelector(".tandem-thanks-name")).getText());
        assertTrue(d.findElement(By.cssSelector(".tandem-thanks-text")).getText().contains(programme.name()));
        browser.screenshot("mentor-thanks");
        browser.axe().check("mentor-thanks");
    }
}
