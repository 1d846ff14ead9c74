package org.tandem.sandbox;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The surveys on the demo data: the demo mentee answers the relationship pulse on the programme's home page, the
 * coordinator reads the results on the programme dashboard (the month with ten answers shown, the month with fewer
 * than five not) and the statement set, locked since enrolment opened and edited in a draft programme. Each view is checked by axe-core and saved
 * as a screenshot.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class SurveysIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("surveys");

    private static WebDriver d() {
        return browser.driver();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(d(), Duration.ofSeconds(20));
    }

    private static void signIn(SandboxUsers.Person person) {
        SandboxBrowser.signIn(d(), sandbox.get(), person);
    }

    private static WebElement survey() {
        return survey(DemoData.SPACE);
    }

    private static WebElement survey(String space) {
        d().get(sandbox.get().baseUrl() + "display/" + space);
        WebElement survey = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-tandem-survey]")));
        ((ChromeDriver) d()).executeScript("arguments[0].scrollIntoView()", survey);
        return survey;
    }

    /** Saves the view as a screenshot and checks it with axe-core. */
    private static void show(String view) throws Exception {
        browser.screenshot(view);
        browser.axe().check(view);
    }

    @Test
    public void a_mentee_answersThePulse() throws Exception {
        SandboxUsers.Person mentee = new DemoData(20260101L).restrictedPair(sandbox.get().users())[0];
        signIn(mentee);
        WebElement form = survey().findElement(By.cssSelector("[data-survey-form]"));
        assertTrue(form.getText(), form.getText().contains("How is your mentoring going?"));
        List<WebElement> items = form.findElements(By.cssSelector("[data-survey-item]"));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).findElements(By.cssSelector("label")).get(i == 1 ? 4 : 3).click();
        }
        form.findElement(By.name("text")).sendKeys("We found our rhythm after the second session.");
        show("survey-answering");

        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-survey-none")));
        WebElement answered = survey().findElement(By.cssSelector(".tandem-survey-answered"));
        answered.findElement(By.tagName("summary")).click();
        assertTrue(answered.getText(), answered.getText().contains("We found our rhythm"));
        show("survey-answered");
    }

    @Test
    public void b_coordinator_readsTheResultsWithTheSmallGroupSuppressed() throws Exception {
        signIn(DemoData.coordinator(sandbox.get().users()));
        d().get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoData.SPACE, "Dashboards").substring(1));
        WebElement pulse = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-dashboard-section=\"survey-pulse\"]")));
        ((ChromeDriver) d()).executeScript("arguments[0].scrollIntoView()", pulse);
        String text = pulse.getText();
        assertTrue(text, text.contains("10"));
        assertTrue(text, text.contains("fewer than 5"));
        assertTrue(text, text.contains("of 5"));
        assertFalse(text, text.contains("We found our rhythm"));
        show("survey-results");
    }

    @Test
    public void c_coordinator_seesTheStatementsLockedOnceEnrolmentOpened() throws Exception {
        signIn(DemoData.coordinator(sandbox.get().users()));
        WebElement statements = survey().findElement(By.cssSelector("[data-survey-statements]"));
        String text = statements.getText();
        assertTrue(text, text.contains("My manager gives me ongoing feedback"));
        assertTrue(text, text.contains("can no longer change"));
        show("survey-statements");
    }

    @Test
    public void d_coordinator_editsTheStatementsOfADraftProgramme() throws Exception {
        ProgrammeRepository programmes = new ProgrammeRepository(sandbox.get().activeObjects());
        Programme cohort = programmes.findBySpaceKey(DemoCohort.SPACE).orElseThrow();
        programmes.update(cohort.withPhase(ProgrammePhase.DRAFT));
        signIn(DemoData.coordinator(sandbox.get().users()));
        WebElement statements = survey(DemoCohort.SPACE).findElement(By.cssSelector("[data-survey-statements]"));
        statements.findElement(By.cssSelector("[data-survey-statement-add]")).click();
        List<WebElement> inputs = statements.findElements(By.name("statement"));
        assertTrue(String.valueOf(inputs.size()), inputs.size() == 6);
        inputs.get(5).sendKeys("My mentor helped me see my situation from another side.");
        show("survey-statements-edit");
        statements.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-survey-statements-defaults]")));
        WebElement saved = survey(DemoCohort.SPACE).findElement(By.cssSelector("[data-survey-statements]"));
        assertTrue(saved.findElements(By.name("statement")).get(5).getAttribute("value")
                .startsWith("My mentor helped me"));
    }

    @Test
    public void e_formerMentee_answersTheAlumniCheckInAndTheCoordinatorReadsItSuppressed() throws Exception {
        // the demo programme ends on 2027-01-11: three months after, the check-in of a pair still running then
        sandbox.get().clock().set(java.time.Instant.parse("2027-04-14T09:00:00Z"));
        try {
            SandboxUsers.Person mentee = new DemoData(20260101L).restrictedPair(sandbox.get().users())[0];
            signIn(mentee);
            WebElement form = survey().findElement(By.cssSelector("[data-survey-form]"));
            assertTrue(form.getText(), form.getText().contains("Alumni check-in"));
            assertTrue(form.getText(), form.getText().contains("I still apply what I learnt"));
            form.findElement(By.cssSelector("[data-survey-item]")).findElements(By.cssSelector("label")).get(3)
                    .click();
            form.findElement(By.name("text")).sendKeys("I still run my one-to-ones the way we practised.");
            show("survey-alumni-checkin");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tandem-survey-none")));

            signIn(DemoData.coordinator(sandbox.get().users()));
            d().get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoData.SPACE, "Dashboards").substring(1));
            WebElement alumni = waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-dashboard-section=\"survey-alumni\"]")));
            ((ChromeDriver) d()).executeScript("arguments[0].scrollIntoView()", alumni);
            String text = alumni.getText();
            assertTrue(text, text.contains("Former mentees"));
            assertTrue(text, text.contains("fewer than 5"));
            assertFalse(text, text.contains("one-to-ones"));
            show("survey-alumni-results");
        } finally {
            sandbox.get().clock().set(java.time.Instant.now());
        }
    }
}
