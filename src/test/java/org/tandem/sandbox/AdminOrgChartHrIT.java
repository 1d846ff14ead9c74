package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.sandbox.host.SandboxWebSudo;

/**
 * The demo organisation as HR exports it ({@link HrExport}: e-mail addresses, its own column names, levels as
 * words) imported through the mapping step in a real browser; the second run remembers the mapping; a bad file is
 * reported by line (unknown e-mail, ambiguous e-mail, a manager matching nobody, a level word without a number, a
 * manager column mapped to a column of numbers); a person is looked up; the nightly file's missing file is shown.
 * Screenshots in target/screenshots/hr-NN-*.png.
 */
public class AdminOrgChartHrIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("admin-hr");

    private WebDriver d;
    private WebDriverWait waiting;

    @Test
    public void hrFile_shouldImportThroughTheMappingStepAndBeRememberedAndReportBadLines() throws Exception {
        d = browser.driver();
        waiting = new WebDriverWait(d, Duration.ofSeconds(60));
        signInAsAdministrator();
        SandboxUsers users = sandbox.get().users();
        List<SandboxUsers.Person> people = users.all();
        Path file = write("hr-export", HrExport.csv(people, users));

        // first run: the department column has a name Tandem does not know, the level words have no numbers
        preview(file);
        waitForMapping();
        scrollTo("tandem-orgchart-mapping");
        browser.screenshot("hr-01-mapping");
        assertEquals("Work e-mail", selected("user"));
        assertEquals("Line manager e-mail", selected("manager"));
        assertEquals("", selected("department"));
        assertTrue(errorCodes().contains("MISSING_COLUMN"));

        new Select(d.findElement(By.id("tandem-orgchart-map-department"))).selectByValue("Cost centre name");
        preview(null);
        waitForMapping();
        assertTrue(errorCodes().contains("UNKNOWN_LEVEL_WORD"));
        for (WebElement input : d.findElements(By.cssSelector("input[data-word]"))) {
            input.sendKeys(String.valueOf(HrExport.LEVEL_WORDS.get(input.getAttribute("data-word"))));
        }
        scrollTo("tandem-orgchart-mapping");
        browser.screenshot("hr-02-levels");
        preview(null);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#tandem-orgchart-result .aui-message-success")));
        d.findElement(By.id("tandem-orgchart-import-button")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tandem-orgchart-result"),
                "The org chart is imported"));
        scrollTo("tandem-orgchart-result");
        browser.screenshot("hr-03-imported");
        OrgChartRepository orgChart = new OrgChartRepository(sandbox.get().activeObjects());
        SandboxUsers.Person someone = people.stream().filter(p -> p.managerKey() != null).skip(100).findFirst()
                .orElseThrow();
        OrgPerson stored = orgChart.findByUserKey(someone.key()).orElseThrow();
        assertEquals(someone.managerKey(), stored.managerKey());
        assertEquals(someone.level(), stored.level());
        assertEquals(people.size(), orgChart.count());
        assertEquals("the demo organisation read back from HR's file as it is stored",
                String.valueOf(people.size()), d.findElement(By.cssSelector(".tandem-count-unchanged dd")).getText());

        // second run: the page remembers the mapping; nothing to choose, nothing changes
        d.navigate().refresh();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("tandem-orgchart-import")));
        preview(file);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#tandem-orgchart-result .aui-message-success")));
        assertEquals("Cost centre name", selected("department"));
        assertEquals("2", d.findElement(By.cssSelector("input[data-word='Director']")).getAttribute("value"));
        assertEquals(String.valueOf(people.size()),
                d.findElement(By.cssSelector(".tandem-count-unchanged dd")).getText());
        scrollTo("tandem-orgchart-mapping");
        browser.screenshot("hr-04-remembered");

        // bad input: each kind of mistake on its own line, nothing written
        SandboxUsers.Person twin = people.get(40);
        users.add(new SandboxUsers.Person("twin-of-" + twin.key(), "twin" + twin.username(), "Twin " + twin.fullName(),
                twin.email().toUpperCase(), twin.title(), twin.department(), twin.location(), twin.language(),
                twin.jobLevel(), twin.level(), twin.managerKey()));
        Path bad = write("hr-bad", HrExport.csv(people, users, (line, cells) -> {
            switch (line) {
                case 12 -> cells[1] = "left.last.year@tandem.example";
                case 42 -> { } // the person whose address two accounts now share
                case 62 -> cells[2] = "no.such.manager@tandem.example";
                case 82 -> cells[4] = "Apprentice";
                default -> { }
            }
        }));
        preview(bad);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tandem-orgchart-result td.tandem-line")));
        List<String> lines = errorLines();
        scrollTo("tandem-orgchart-result");
        browser.screenshot("hr-05-bad-lines");
        assertTrue("unknown e-mail, ambiguous e-mail, no such manager, level word: " + lines,
                lines.containsAll(List.of("12", "42", "62", "82")));
        assertTrue(errorCodes().containsAll(List.of("UNKNOWN_USER", "AMBIGUOUS_USER", "NO_SUCH_MANAGER",
                "UNKNOWN_LEVEL_WORD")));

        new Select(d.findElement(By.id("tandem-orgchart-map-manager"))).selectByValue("Personnel number");
        preview(null);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#tandem-orgchart-result tr[data-code='COLUMN_MATCHES_NOBODY']")));
        scrollTo("tandem-orgchart-result");
        browser.screenshot("hr-06-manager-column-matches-nobody");
        assertEquals(people.size(), orgChart.count());
        assertEquals(someone.managerKey(), orgChart.findByUserKey(someone.key()).orElseThrow().managerKey());

        // look at it: a person deep in the chart, with the managers to the top and the reports
        SandboxUsers.Person middle = people.stream().filter(p -> p.level() == 4 && !users.reportsOf(p.key()).isEmpty())
                .findFirst().orElseThrow();
        d.findElement(By.id("tandem-orgchart-q")).sendKeys(middle.email());
        d.findElement(By.id("tandem-orgchart-find")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tandem-orgchart-place .tandem-orgchart-reports")));
        assertTrue(d.findElement(By.cssSelector("#tandem-orgchart-place .tandem-orgchart-person")).getText()
                .contains(middle.fullName()));
        assertEquals(users.reportsOf(middle.key()).size(),
                d.findElements(By.cssSelector("#tandem-orgchart-place .tandem-orgchart-reports li")).size());
        scrollTo("tandem-orgchart-lookup");
        browser.screenshot("hr-07-lookup");

        // the nightly file: named, run now while the file is missing: recorded, and the page says so
        d.findElement(By.id("tandem-orgchart-nightly-file")).sendKeys("hr-export.csv");
        new Select(d.findElement(By.id("tandem-orgchart-nightly-mode"))).selectByValue("REPLACE");
        WebElement ceiling = d.findElement(By.id("tandem-orgchart-nightly-max"));
        ceiling.clear();
        ceiling.sendKeys("25");
        d.findElement(By.id("tandem-orgchart-nightly-save")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "The nightly file is saved."));
        d.findElement(By.id("tandem-orgchart-nightly-run")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tandem-orgchart-nightly-message"),
                "cannot be read"));
        d.navigate().refresh();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("tandem-orgchart-nightly-problem")));
        waiting.until(ExpectedConditions.attributeToBe(By.id("tandem-orgchart-nightly-file"), "value",
                "hr-export.csv"));
        scrollTo("tandem-orgchart-nightly-problem");
        browser.screenshot("hr-08-nightly");
    }

    private void signInAsAdministrator() {
        String admin = sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user")))
                .selectByValue(sandbox.get().users().byKey(admin).orElseThrow().username());
        d.findElement(By.id("login-submit")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        d.get(sandbox.get().baseUrl() + "plugins/servlet/tandem/admin");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("websudo-form")));
        d.findElement(By.id("password")).sendKeys(SandboxWebSudo.PASSWORD);
        d.findElement(By.id("authenticateButton")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("tandem-orgchart-import")));
    }

    /** Previews: with a file to choose first (a new file clears the mapping), or again with the mapping shown. */
    private void preview(Path file) {
        WebElement result = d.findElement(By.id("tandem-orgchart-result"));
        if (file != null) {
            d.findElement(By.id("tandem-orgchart-file")).sendKeys(file.toString());
        }
        ((JavascriptExecutor) d).executeScript("arguments[0].textContent = '';", result);
        d.findElement(By.id("tandem-orgchart-preview")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tandem-orgchart-result .aui-message")));
    }

    private void waitForMapping() {
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("tandem-orgchart-map-user")));
    }

    private String selected(String column) {
        return new Select(d.findElement(By.id("tandem-orgchart-map-" + column))).getFirstSelectedOption()
                .getAttribute("value");
    }

    private List<String> errorCodes() {
        return d.findElements(By.cssSelector("#tandem-orgchart-result .tandem-orgchart-errors tr[data-code]"))
                .stream().map(row -> row.getAttribute("data-code")).distinct().toList();
    }

    private List<String> errorLines() {
        return d.findElements(By.cssSelector("#tandem-orgchart-result .tandem-orgchart-errors tr[data-code] td.tandem-line"))
                .stream().map(WebElement::getText).distinct().toList();
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) d).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    private static Path write(String name, String csv) throws Exception {
        return Files.writeString(Files.createTempFile(name, ".csv"), csv, StandardCharsets.UTF_8);
    }
}
