package org.tandem.sandbox;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import java.time.Duration;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.sandbox.host.SandboxLicence;
import org.tandem.sandbox.host.SandboxWebSudo;

/**
 * The write banner as people meet it: a coordinator on the programme's home in read-only mode (the phase buttons
 * gone), an administrator on the same page and on the administration page without a valid licence (the reason and
 * the way to manage apps). Each view is checked by axe-core and saved as a screenshot.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class WritesBlockedIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("writes-blocked-it");

    @After
    public void lift() {
        sandbox.get().accessMode().set(AccessMode.READ_WRITE);
        sandbox.get().licence().set(SandboxLicence.State.VALID);
    }

    @Test
    public void a_readOnlyMode_shouldShowTheBannerAndHideTheCoordinatorsButtons() throws Exception {
        signIn(DemoData.coordinator(sandbox.get().users()));
        sandbox.get().accessMode().set(AccessMode.READ_ONLY);

        WebElement banner = openHome();

        assertTrue(banner.getText(), banner.getText().contains("read-only mode"));
        assertFalse("the phase buttons are hidden", d().findElements(By.cssSelector(".tandem-phase-move")).stream()
                .anyMatch(WebElement::isDisplayed));
        browser.screenshot("writes-read-only-banner");
        browser.axe().check("writes-read-only-banner");
    }

    @Test
    public void b_expiredLicence_shouldTellTheAdministratorWhyAndWhere() throws Exception {
        String admin = sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        signIn(sandbox.get().users().byKey(admin).orElseThrow());
        sandbox.get().licence().set(SandboxLicence.State.EXPIRED);

        WebElement banner = openHome();

        assertTrue(banner.getText(), banner.getText().contains("licence has expired"));
        assertTrue(banner.findElement(By.linkText("Manage apps and their licences")).getAttribute("href")
                .endsWith("/plugins/servlet/upm"));
        browser.screenshot("writes-licence-banner");
        browser.axe().check("writes-licence-banner");

        d().get(sandbox.get().baseUrl() + "plugins/servlet/tandem/admin");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("websudo-form")));
        d().findElement(By.id("password")).sendKeys(SandboxWebSudo.PASSWORD);
        d().findElement(By.id("authenticateButton")).click();
        WebElement adminBanner = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-tandem-write-banner]")));
        assertTrue(adminBanner.getText().contains("licence has expired"));
        assertFalse("the settings form is hidden", d().findElement(By.id("tandem-admin-settings")).isDisplayed());
        assertTrue("the look-up stays", d().findElement(By.id("tandem-orgchart-lookup")).isDisplayed());
        browser.screenshot("writes-licence-admin-page");
        browser.axe().check("writes-licence-admin-page");
    }

    @Test
    public void c_pluginPage_shouldListTheAppAsManageAppsDoes() throws Exception {
        d().get(sandbox.get().baseUrl() + "sandbox/plugin");
        WebElement entry = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("plugin-entry")));

        assertTrue(entry.getText(), entry.getText().contains("Licensed through the Marketplace: true"));
        assertTrue(entry.findElement(By.id("plugin-configure")).getAttribute("href")
                .endsWith("/plugins/servlet/tandem/admin"));
        browser.screenshot("plugin-entry");
        browser.axe().check("plugin-entry");
    }

    private static WebElement openHome() {
        d().get(sandbox.get().baseUrl() + "display/" + DemoData.SPACE);
        WebElement banner = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-tandem-write-banner]")));
        return banner;
    }

    private static void signIn(SandboxUsers.Person person) {
        SandboxBrowser.signIn(d(), sandbox.get(), person);
    }

    private static WebDriver d() {
        return browser.driver();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(d(), Duration.ofSeconds(20));
    }
}
