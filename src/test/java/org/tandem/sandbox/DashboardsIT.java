package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboards on the demo data, as people meet them: a Sales lead with several reports in the programme, their
 * manager with everyone below, a coordinator's programme dashboard and the cross-programme view, and the programme
 * dashboard printed on an A4-wide page. Each view is checked by axe-core and saved as a screenshot.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DashboardsIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("dashboards");

    private static WebDriver d() {
        return browser.driver();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(d(), Duration.ofSeconds(20));
    }

    private static void signIn(SandboxUsers.Person person) {
        SandboxBrowser.signIn(d(), sandbox.get(), person);
    }

    private static WebElement open(String title) {
        d().get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoData.SPACE, title).substring(1));
        WebElement dashboard = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-tandem-dashboard]")));
        ((ChromeDriver) d()).executeScript("arguments[0].scrollIntoView()", dashboard);
        return dashboard;
    }

    private static SandboxUsers users() {
        return sandbox.get().users();
    }

    @Test
    public void a_manager_seesTheirReports() throws Exception {
        SandboxUsers.Person lead = DemoDashboards.manager(users());
        signIn(lead);
        WebElement dashboard = open(DemoDashboards.MANAGER_PAGE);
        List<String> reports = users().all().stream().filter(p -> lead.key().equals(p.managerKey()))
                .map(SandboxUsers.Person::fullName).toList();
        String text = dashboard.getText();
        assertTrue(text, reports.stream().limit(3).allMatch(text::contains));
        SandboxUsers.Person peer = DemoDashboards.peer(users());
        users().all().stream().filter(p -> peer.key().equals(p.managerKey())).forEach(p ->
                assertFalse(p.fullName(), text.contains(p.fullName())));
        assertTrue(dashboard.findElements(By.cssSelector("svg")).size() > 0);
        browser.screenshot("dashboard-manager");
        browser.axe().check("dashboard-manager");
    }

    @Test
    public void b_managersManager_seesEveryoneBelow() throws Exception {
        SandboxUsers.Person above = users().byKey(DemoDashboards.manager(users()).managerKey()).orElseThrow();
        signIn(above);
        WebElement dashboard = open(DemoDashboards.EVERYONE_PAGE);
        String text = dashboard.getText();
        SandboxUsers.Person peer = DemoDashboards.peer(users());
        assertTrue(text, users().all().stream().filter(p -> peer.key().equals(p.managerKey()))
                .anyMatch(p -> text.contains(p.fullName())));
        browser.screenshot("dashboard-manager-everyone");
        browser.axe().check("dashboard-manager-everyone");
    }

    @Test
    public void c_coordinator_seesTheProgramme() throws Exception {
        signIn(DemoData.coordinator(users()));
        WebElement dashboard = open("Dashboards");
        assertTrue(dashboard.findElements(By.cssSelector("[data-dashboard-section='dormant'] tbody tr")).size() > 0);
        String href = dashboard.findElement(By.cssSelector(".tandem-dashboard-csv a")).getAttribute("href");
        assertTrue(href, href.startsWith(sandbox.get().baseUrl() + "rest/tandem/1.0/dashboards/programmes/"));
        browser.screenshot("dashboard-programme");
        browser.axe().check("dashboard-programme");
        // retention since the programme's start on 12 January 2026: the six mentees against everyone else
        WebElement retention = dashboard.findElement(By.cssSelector("[data-dashboard-section='retention']"));
        List<WebElement> rows = retention.findElements(By.cssSelector("tbody tr"));
        assertEquals(retention.getText(), 2, rows.size());
        assertTrue(rows.get(0).getText(), rows.get(0).getText().startsWith("Mentees"));
        assertTrue(rows.get(1).getText(), rows.get(1).getText().matches("(?s)Non-participants .*\\d+% \\d+% .*"));
        ((ChromeDriver) d()).executeScript("arguments[0].scrollIntoView()", retention);
        browser.screenshot("dashboard-retention");
    }

    @Test
    public void d_coordinator_seesAllProgrammes() throws Exception {
        signIn(DemoData.coordinator(users()));
        WebElement dashboard = open(DemoDashboards.ACROSS_PAGE);
        assertTrue(dashboard.getText(), dashboard.getText().contains(DemoCohort.NAME));
        String page = d().findElement(By.id("main-content-section")).getText();
        assertEquals(page, 1, page.split("All programmes", -1).length - 1);
        browser.screenshot("dashboard-across");
        browser.axe().check("dashboard-across");
    }

    @Test
    public void e_programmeDashboard_printsOnA4() throws Exception {
        signIn(DemoData.coordinator(users()));
        Dimension before = d().manage().window().getSize();
        try {
            // A4 at 96 dpi is 794 pixels wide; the print media type hides the host's chrome as a PDF export would.
            d().manage().window().setSize(new Dimension(794, 1123));
            open("Dashboards");
            ((ChromeDriver) d()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            ((ChromeDriver) d()).executeScript("document.querySelector('.tandem-dashboard').scrollIntoView()");
            browser.screenshot("dashboard-print");
            browser.axe().check("dashboard-print");
            Object overflow = ((ChromeDriver) d()).executeScript("return Array.from(document.querySelectorAll("
                    + "'.tandem-dashboard svg, .tandem-dashboard table')).filter(e => e.getBoundingClientRect()"
                    + ".right > document.documentElement.clientWidth + 1).length");
            assertEquals(0L, overflow);
        } finally {
            ((ChromeDriver) d()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            d().manage().window().setSize(before);
        }
    }
}
