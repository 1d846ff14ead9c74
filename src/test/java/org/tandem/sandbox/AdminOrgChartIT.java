package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.sandbox.host.SandboxWebSudo;

/**
 * The org chart import on the administration page, in a real browser: a file with three planted errors is
 * reported by line and changes nothing; the corrected file imports and reports its counts and is listed among the
 * last imports; a replacement that removes a fifth of the people shows that number after the preview and asks to
 * confirm it in a dialog before it imports. Screenshots in
 * target/screenshots/admin-NN-*.png.
 */
public class AdminOrgChartIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("admin");

    @Test
    public void orgChartImport_shouldReportPlantedErrorsByLineAndThenImport() throws Exception {
        WebDriver d = browser.driver();
        WebDriverWait waiting = new WebDriverWait(d, Duration.ofSeconds(30));
        String admin = sandbox.get().users().members(SandboxUsers.ADMINISTRATORS).iterator().next();
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user")))
                .selectByValue(sandbox.get().users().byKey(admin).orElseThrow().username());
        d.findElement(By.id("login-submit")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));

        d.get(sandbox.get().baseUrl() + "plugins/servlet/tandem/admin");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("websudo-form")));
        assertTrue(d.getCurrentUrl(), d.getCurrentUrl().contains("authenticate.action"));
        browser.screenshot("admin-00-websudo");
        d.findElement(By.id("password")).sendKeys(SandboxWebSudo.PASSWORD);
        d.findElement(By.id("authenticateButton")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("tandem-orgchart-import")));
        browser.screenshot("admin-01-page");

        OrgChartRepository orgChart = new OrgChartRepository(sandbox.get().activeObjects());
        int before = orgChart.count();
        List<SandboxUsers.Person> people = sandbox.get().users().all();
        StringBuilder csv = new StringBuilder("user;manager;department;level;location;language\n");
        for (int i = 0; i < people.size(); i++) {
            SandboxUsers.Person p = people.get(i);
            String user = i == 10 ? "nobody-by-this-key" : p.key();           // line 12: unknown user
            String manager = i == 20 ? p.key() : nullToEmpty(p.managerKey());  // line 22: own manager
            String level = i == 30 ? "senior" : String.valueOf(p.level());      // line 32: bad level
            csv.append(user).append(';').append(manager).append(';').append(p.department()).append(';')
                    .append(level).append(';').append(p.location()).append(';').append(p.language()).append('\n');
        }
        Path broken = Files.writeString(Files.createTempFile("orgchart-broken", ".csv"), csv,
                StandardCharsets.UTF_8);

        d.findElement(By.id("tandem-orgchart-file")).sendKeys(broken.toString());
        d.findElement(By.id("tandem-orgchart-preview")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tandem-orgchart-result td.tandem-line")));
        List<String> lines = d.findElements(By.cssSelector("#tandem-orgchart-result tr[data-code] td.tandem-line"))
                .stream().map(WebElement::getText).distinct().toList();
        showResult(d);
        browser.screenshot("admin-02-report");
        assertTrue("the report names the planted lines: " + lines, lines.containsAll(List.of("12", "22", "32")));
        assertEquals("nothing was written", before, orgChart.count());

        Path good = Files.writeString(Files.createTempFile("orgchart-good", ".csv"),
                csv.toString().replace("nobody-by-this-key", people.get(10).key())
                        .replace(people.get(20).key() + ";" + people.get(20).key() + ";",
                                people.get(20).key() + ";" + nullToEmpty(people.get(20).managerKey()) + ";")
                        .replace(";senior;", ";" + people.get(30).level() + ";"),
                StandardCharsets.UTF_8);
        d.findElement(By.id("tandem-orgchart-file")).clear();
        d.findElement(By.id("tandem-orgchart-file")).sendKeys(good.toString());
        // AUI draws its own radio buttons over the inputs: a person clicks the label
        d.findElement(By.cssSelector("label[for='tandem-orgchart-mode-UPDATE']")).click();
        d.findElement(By.id("tandem-orgchart-import-button")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tandem-orgchart-result"), "500"));
        showResult(d);
        browser.screenshot("admin-03-imported");
        assertEquals(people.size(), orgChart.count());

        d.get(sandbox.get().baseUrl() + "plugins/servlet/tandem/admin");
        String adminName = sandbox.get().users().byKey(admin).orElseThrow().fullName();
        WebElement imports = waiting.until(ExpectedConditions.presenceOfElementLocated(
                By.id("tandem-orgchart-imports")));
        assertTrue(imports.getText(), imports.getText().contains(adminName));

        Set<String> managers = people.stream().map(SandboxUsers.Person::managerKey).filter(k -> k != null)
                .collect(Collectors.toSet());
        List<String> leaving = people.stream().map(SandboxUsers.Person::key).filter(k -> !managers.contains(k))
                .limit(people.size() / 5).toList();
        StringBuilder fewer = new StringBuilder("user;manager;department;level;location;language\n");
        for (String line : Files.readAllLines(good, StandardCharsets.UTF_8).subList(1, people.size() + 1)) {
            if (!leaving.contains(line.substring(0, line.indexOf(';')))) {
                fewer.append(line).append('\n');
            }
        }
        Path smaller = Files.writeString(Files.createTempFile("orgchart-smaller", ".csv"), fewer,
                StandardCharsets.UTF_8);
        d.findElement(By.id("tandem-orgchart-file")).clear();
        d.findElement(By.id("tandem-orgchart-file")).sendKeys(smaller.toString());
        d.findElement(By.cssSelector("label[for='tandem-orgchart-mode-REPLACE']")).click();
        d.findElement(By.id("tandem-orgchart-preview")).click();
        WebElement removals = waiting.until(ExpectedConditions.presenceOfElementLocated(
                By.id("tandem-orgchart-removals")));
        assertTrue(removals.getText(), removals.getText().contains(String.valueOf(leaving.size())));
        assertEquals("a preview writes nothing", people.size(), orgChart.count());

        d.findElement(By.id("tandem-orgchart-import-button")).click();
        WebElement dialog = waiting.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".tandem-dialog")));
        assertTrue(dialog.getText(), dialog.getText().contains(String.valueOf(leaving.size())));
        browser.screenshot("admin-04-replace-confirm");
        d.findElement(By.cssSelector(".tandem-dialog [data-dialog-confirm]")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tandem-orgchart-result dl")));
        showResult(d);
        browser.screenshot("admin-05-replaced");
        assertEquals(people.size() - leaving.size(), orgChart.count());
    }

    /** Scrolls the import's result to the top of the window, so that the screenshot shows it. */
    private static void showResult(WebDriver d) {
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "document.getElementById('tandem-orgchart-import').scrollIntoView({block: 'start'});");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
