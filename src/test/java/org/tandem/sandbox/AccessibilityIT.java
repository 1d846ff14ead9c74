package org.tandem.sandbox;

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
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.sandbox.host.SandboxWebSudo;

import java.time.Duration;

/**
 * axe-core on every Tandem view of the sandbox, in the states a person meets them: the programme home as staff and
 * as coordinator, the enrolment form (empty and refused), the approvals list, the pairing board empty, with staged
 * pairs, with a flag showing and with proposed pairs, the reason dialog open, the WebSudo prompt and the
 * administration page, and the blueprint wizard in the create-space dialog. Each view fails on a serious or critical
 * finding; the counts by impact are in target/axe/{view}.json. The methods run in name order on one sandbox: the
 * pairing board's states follow one another.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class AccessibilityIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("accessibility");

    private static WebDriver d() {
        return browser.driver();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(d(), Duration.ofSeconds(20));
    }

    private static void signIn(SandboxUsers.Person person) {
        SandboxBrowser.signIn(d(), sandbox.get(), person);
    }

    private static SandboxUsers.Person person(String key) {
        return sandbox.get().users().byKey(key).orElseThrow();
    }

    private static void open(String space, String title) {
        d().get(sandbox.get().baseUrl() + StorageFormat.pageUrl(space, title).substring(1));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main-content")));
    }

    private static Object script(String script) {
        return ((JavascriptExecutor) d()).executeScript(script);
    }

    @Test
    public void a_programmeHome_asStaff() {
        signIn(DemoData.menteeWithManager(sandbox.get().users(), 5, "Sales"));
        d().get(sandbox.get().baseUrl() + "display/" + DemoData.SPACE);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-programme")));
        browser.axe().check("programme-home-staff");
    }

    @Test
    public void b_programmeHome_asCoordinator() throws Exception {
        signIn(DemoData.coordinator(sandbox.get().users()));
        d().get(sandbox.get().baseUrl() + "display/" + DemoData.SPACE);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-programme-admin")));
        d().findElement(By.cssSelector(".tandem-charter-editor summary")).click();
        browser.axe().check("programme-home-coordinator");
    }

    @Test
    public void c_enrolForm_emptyAndRefused() throws Exception {
        signIn(DemoData.menteeWithManager(sandbox.get().users(), 5, "Sales"));
        open(DemoData.SPACE, "Enrol");
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".tandem-enrol-form")));
        browser.axe().check("enrol-form");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waiting().until(driver -> driver.findElements(By.cssSelector(".tandem-enrol-form [aria-invalid='true']"))
                .size() > 0);
        browser.screenshot("a11y-enrol-errors");
        browser.axe().check("enrol-form-errors");
    }

    @Test
    public void d_approvals_asCoordinator() {
        signIn(DemoData.coordinator(sandbox.get().users()));
        open(DemoData.SPACE, "Enrol");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-approvals")));
        browser.axe().check("approvals");
    }

    @Test
    public void e_pairingBoard_stagedFlagProposedAndDialog() throws Exception {
        String coordinator = sandbox.get().users().members(DemoData.COORDINATORS).stream().findFirst()
                .orElseThrow();
        signIn(person(coordinator));
        open(DemoCohort.SPACE, "Pairings");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tandem-pairing]")));
        browser.axe().check("pairing-board-empty");

        d().findElement(By.cssSelector("[data-pairing-command='run']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-pairing-ran]")));
        browser.axe().check("pairing-board-staged");

        d().findElement(By.cssSelector("tr[data-pairing-id] [data-pairing-action='REMOVE']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".aui-flag")));
        browser.axe().check("flag-open");

        script("window.tandemSamePage = true;");
        d().findElement(By.cssSelector("[data-pairing-command='publish']")).click();
        waiting().until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !window.tandemSamePage && document.readyState === 'complete';")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-pairing-id]")));
        browser.axe().check("pairing-board-proposed");

        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        Pairing pairing = new AoPairingStore(sandbox.get().activeObjects()).findByProgramme(programmeId).stream()
                .filter(p -> p.state() == PairingState.PROPOSED).findFirst().orElseThrow();
        signIn(person(pairing.menteeKey()));
        open(DemoCohort.SPACE, "Pairings");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-pairing-id]")));
        browser.axe().check("pairing-board-mentee");

        d().findElement(By.cssSelector("tr[data-pairing-id='" + pairing.id() + "'] [data-pairing-action='DECLINE']"))
                .click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tandem-dialog")));
        d().findElement(By.cssSelector(".tandem-dialog [data-dialog-confirm]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tandem-dialog .error")));
        browser.screenshot("a11y-dialog-reason");
        browser.axe().check("dialog-reason");
    }

    @Test
    public void f_admin_afterWebSudo() throws Exception {
        String admin = sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        signIn(person(admin));
        d().get(sandbox.get().baseUrl() + "plugins/servlet/tandem/admin");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("websudo-form")));
        browser.axe().check("websudo");
        d().findElement(By.id("password")).sendKeys(SandboxWebSudo.PASSWORD);
        d().findElement(By.id("authenticateButton")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tandem-orgchart-import")));
        browser.axe().check("admin");
    }

    @Test
    public void g_blueprintWizard_openAndRefused() throws Exception {
        signIn(DemoData.coordinator(sandbox.get().users()));
        d().findElement(By.id("create-space-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("space-blueprints")));
        browser.axe().check("create-space-dialog");
        d().findElement(By.id("blueprint-tandem-programme-space-item")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("create-space-heading")));
        browser.axe().check("blueprint-wizard");
        d().findElement(By.id("create-space-submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tandem-wizard-summary")));
        browser.screenshot("a11y-wizard-errors");
        browser.axe().check("blueprint-wizard-errors");
    }
}
