package org.tandem.sandbox;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A programme from start to first approvals, in a real browser against the real plugin on a fresh sandbox: a
 * coordinator creates the programme from the space blueprint through the create-space dialog and its wizard; a
 * mentee and a mentor apply on the Enrol page; the mentee's manager (from the org chart) approves; the coordinator
 * approves both; the programme home counts them. Screenshots in target/screenshots/journey-NN-*.png.
 */
public class ProgrammeJourneyIT {

    private static final String KEY = "LEAD27";
    private static final String NAME = "Leadership mentoring 2027";

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("journey");

    private static WebDriver d() {
        return browser.driver();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(d(), Duration.ofSeconds(15));
    }

    private static void signInAs(SandboxUsers.Person person) {
        SandboxBrowser.signIn(d(), sandbox.get(), person);
    }

    private static void openEnrolPage() {
        d().get(sandbox.get().baseUrl() + StorageFormat.pageUrl(KEY, "Enrol").substring(1));
        assertEquals("Enrol", d().findElement(By.id("title-text")).getText());
        assertTrue(d().findElements(By.cssSelector("#main-content .sandbox-macro-error")).isEmpty());
    }

    private static void type(String name, String text) {
        WebElement field = d().findElement(By.cssSelector("#create-space-form [name='" + name + "']"));
        field.clear();
        field.sendKeys(text);
    }

    private static void setDate(String name, LocalDate date) {
        WebElement field = d().findElement(By.cssSelector("#create-space-form [name='" + name + "']"));
        ((JavascriptExecutor) d()).executeScript("arguments[0].value = arguments[1];", field, date.toString());
    }

    /** Fills the Enrol form and submits it; the page reloads showing the application. */
    private static void apply(String role, String statement) {
        openEnrolPage();
        WebElement form = d().findElement(By.cssSelector(".tandem-enrol-form"));
        // AUI draws its own radios and checkboxes over the inputs: a person clicks the labels
        form.findElement(By.cssSelector("label[for='tandem-enrol-role-" + role + "']")).click();
        List<WebElement> themes = form.findElements(By.cssSelector("input[name='themeIds']"));
        for (WebElement theme : List.of(themes.get(0), themes.get(3))) {
            form.findElement(By.cssSelector("label[for='" + theme.getAttribute("id") + "']")).click();
            assertTrue(theme.isSelected());
        }
        if (role.equals("mentee")) {
            form.findElement(By.id("tandem-enrol-goals")).sendKeys(statement);
        } else {
            form.findElement(By.id("tandem-enrol-motivation")).sendKeys(statement);
            WebElement capacity = form.findElement(By.id("tandem-enrol-capacity"));
            capacity.clear();
            capacity.sendKeys("2");
        }
        form.findElement(By.id("tandem-enrol-availability")).sendKeys("Tuesday mornings");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-enrol-application")));
    }

    /** Approves the application of the named person in the approvals list; the page reloads. */
    private static void approve(String applicantName) {
        WebElement item = approvalOf(applicantName);
        item.findElement(By.cssSelector("button[data-verdict='APPROVE']")).click();
        // the page reloads; until then the application is still listed (elements may vanish while we look)
        waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(driver -> driver
                .findElements(By.cssSelector(".tandem-approval-name")).stream()
                .noneMatch(e -> e.getText().startsWith(applicantName))
                && !driver.findElements(By.id("title-text")).isEmpty());
    }

    /** Scrolls an element to the top of the window, so that the screenshot shows it. */
    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) d()).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    private static WebElement approvalOf(String applicantName) {
        return d().findElements(By.cssSelector(".tandem-approval")).stream()
                .filter(e -> e.findElement(By.cssSelector(".tandem-approval-name")).getText()
                        .startsWith(applicantName))
                .findFirst().orElseThrow(() -> new AssertionError("no application of " + applicantName
                        + " in " + d().findElement(By.id("main-content")).getText()));
    }

    @Test
    public void journey_createAProgrammeEnrolApproveAndCount() throws Exception {
        SandboxUsers users = sandbox.get().users();
        SandboxUsers.Person coordinator = DemoData.coordinator(users);
        SandboxUsers.Person mentee = DemoData.menteeWithManager(users, 5, "Sales");
        SandboxUsers.Person manager = users.byKey(mentee.managerKey()).orElseThrow();
        // the top of the org chart has no manager: the application goes straight to the coordinators
        SandboxUsers.Person mentor = users.all().stream().filter(p -> p.managerKey() == null).findFirst()
                .orElseThrow();

        // 1. the coordinator opens the create-space dialog and picks the blueprint
        signInAs(coordinator);
        d().findElement(By.id("create-space-button")).click();
        assertTrue(d().findElement(By.id("space-blueprints")).getText().contains("Mentoring programme"));
        browser.screenshot("journey-01-create-space-dialog");
        d().findElement(By.id("blueprint-tandem-programme-space-item")).click();
        assertEquals("Create a mentoring programme", d().findElement(By.id("create-space-heading")).getText());
        browser.screenshot("journey-02-wizard");

        // 2. the wizard refuses an empty charter in the browser, before any space exists
        d().findElement(By.id("create-space-submit")).click();
        WebElement summary = d().findElement(By.cssSelector(".tandem-wizard-summary"));
        assertTrue(summary.isDisplayed());
        assertTrue(d().findElement(By.cssSelector("[data-tandem-error='name']")).isDisplayed());
        assertTrue(d().findElement(By.cssSelector("[data-tandem-error='purpose']")).isDisplayed());
        assertTrue(sandbox.get().content().space(KEY).isEmpty());
        browser.screenshot("journey-03-wizard-errors");

        // 3. filled in
        type("name", NAME);
        type("spaceKey", DemoData.SPACE);
        new Select(d().findElement(By.id("tandem-wizard-type"))).selectByValue("ONE_TO_ONE");
        setDate("startDate", LocalDate.now().plusDays(21));
        type("durationMonths", "10");
        new Select(d().findElement(By.id("tandem-wizard-cadence"))).selectByValue("FORTNIGHTLY");
        type("purpose", "Grow the leaders of tomorrow & keep them <here>.");
        type("goals", "Every pair meets fortnightly; 90% of mentees stay a year after the end.");
        assertFalse("the messages follow the corrections", summary.isDisplayed());
        assertFalse(d().findElement(By.cssSelector("[data-tandem-error='name']")).isDisplayed());
        browser.screenshot("journey-04-wizard-filled");

        // 4. Confluence refuses a space key in use; the form comes back as filled in
        d().findElement(By.id("create-space-submit")).click();
        assertTrue(d().findElement(By.id("create-space-errors")).getText()
                .contains("A space with this key already exists."));
        assertEquals(NAME, d().findElement(By.id("tandem-wizard-name")).getAttribute("value"));
        assertEquals("FORTNIGHTLY", d().findElement(By.id("tandem-wizard-cadence")).getAttribute("value"));
        browser.screenshot("journey-05-key-taken");
        type("spaceKey", KEY);
        d().findElement(By.id("create-space-submit")).click();
        // 5. the space, its pages and the programme exist
        waiting().until(ExpectedConditions.textToBe(By.id("title-text"), NAME));
        WebElement overview = d().findElement(By.cssSelector("#main-content .tandem-programme"));
        assertTrue(overview.getText(), overview.getText().contains(NAME));
        List<String> tree = d().findElements(By.cssSelector("#page-tree a")).stream().map(WebElement::getText)
                .toList();
        assertTrue(tree.toString(), tree.containsAll(List.of(NAME, "Charter", "How it works", "Mentor guide",
                "Rules of confidentiality", "Enrol")));
        browser.screenshot("journey-06-new-programme-home");

        // 6. a mentee applies; the manager from the org chart is asked first
        signInAs(mentee);
        apply("mentee", "Speak up with senior people; delegate more.");
        assertTrue(d().findElement(By.cssSelector(".tandem-enrol-application")).getText()
                .contains(manager.fullName()));
        browser.screenshot("journey-07-mentee-applied");

        // 7. a mentor applies
        signInAs(mentor);
        apply("mentor", "Help someone find their own answers.");
        browser.screenshot("journey-08-mentor-applied");

        // 8. the mentee's manager sees the application on the Enrol page and approves it
        signInAs(manager);
        openEnrolPage();
        WebElement managerQueue = d().findElement(By.cssSelector(".tandem-approvals"));
        assertTrue(managerQueue.getText().contains(mentee.fullName()));
        scrollTo(managerQueue);
        browser.screenshot("journey-09-manager-approvals");
        approve(mentee.fullName());
        assertTrue(d().findElements(By.cssSelector(".tandem-approval")).isEmpty());
        browser.screenshot("journey-10-manager-approved");

        // 9. the coordinator approves both
        signInAs(coordinator);
        openEnrolPage();
        WebElement coordinatorQueue = d().findElement(By.cssSelector(".tandem-approvals"));
        String queue = coordinatorQueue.getText();
        assertTrue(queue, queue.contains(mentee.fullName()) && queue.contains(mentor.fullName()));
        scrollTo(coordinatorQueue);
        browser.screenshot("journey-11-coordinator-approvals");
        approve(mentee.fullName());
        approve(mentor.fullName());
        assertTrue(d().findElements(By.cssSelector(".tandem-approval")).isEmpty());

        // 10. the programme home counts one approved mentee and one approved mentor
        d().get(sandbox.get().baseUrl() + "display/" + KEY);
        WebElement counts = d().findElement(By.cssSelector("#main-content .tandem-counts"));
        List<WebElement> rows = counts.findElements(By.cssSelector("tbody tr"));
        assertEquals(counts.getText(), 1, rows.size());
        List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
        assertEquals("1", cells.get(1).getText());
        assertEquals("1", cells.get(2).getText());
        assertFalse(d().getPageSource().contains("keep them <here>"));
        scrollTo(d().findElement(By.cssSelector("#main-content .tandem-programme")));
        browser.screenshot("journey-12-programme-counts");
    }
}
