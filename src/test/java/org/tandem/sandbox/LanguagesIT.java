package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.sandbox.host.SandboxWebSudo;

/**
 * A coordinator picks each language Tandem ships at sign-in and reads the programme home, the Enrol page and the
 * pairing board in it; an administrator does the same with the administration page, after confirming the password.
 * The expected texts come from the plugin's bundles. Screenshots lang-xx-programme-home, -enrol, -pairing and
 * -admin in target/screenshots/; a Danish coordinator's space made from the blueprint, its home, Enrol and Charter pages
 * in Danish: lang-da-blueprint-home, -enrol and -charter.
 */
public class LanguagesIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("languages");

    private static final String[] LANGUAGES = {"en", "da", "nl", "de", "fr"};

    @Test
    public void mainViews_shouldBeReadInTheLanguageChosenAtSignIn() throws Exception {
        WebDriver d = browser.driver();
        WebDriverWait waiting = new WebDriverWait(d, Duration.ofSeconds(30));
        SandboxUsers users = sandbox.get().users();
        String coordinator = users.byKey(users.members(DemoData.COORDINATORS).stream().findFirst().orElseThrow())
                .orElseThrow().username();
        String administrator = users.byKey(users.members(SandboxUsers.ADMINISTRATORS).iterator().next())
                .orElseThrow().username();
        for (String language : LANGUAGES) {
            signIn(d, coordinator, language);
            d.findElement(By.linkText("Mentoring Programme 2026")).click();
            assertEquals(language, d.findElement(By.tagName("html")).getAttribute("lang"));
            String home = d.findElement(By.cssSelector("#main-content .tandem-programme")).getText();
            assertTrue(language + ": " + home, home.contains(text("tandem", language, "tandem.programme.themes")));
            browser.screenshot("lang-" + language + "-programme-home");

            d.findElement(By.cssSelector("#page-tree")).findElement(By.linkText("Enrol")).click();
            assertTrue(d.findElements(By.cssSelector("#main-content .sandbox-macro-error")).isEmpty());
            browser.screenshot("lang-" + language + "-enrol");

            d.findElement(By.cssSelector("#page-tree")).findElement(By.linkText("Pairings")).click();
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tandem-pairing]")));
            assertTrue(d.findElements(By.cssSelector("#main-content .sandbox-macro-error")).isEmpty());
            String board = d.findElement(By.cssSelector("[data-tandem-pairing]")).getText();
            String title = text("tandem-pairing", language, "tandem.pairing.board.title");
            String titleStart = title.substring(0, title.indexOf("{0}")).trim();
            assertTrue(language + ": " + board, board.contains(titleStart));
            browser.screenshot("lang-" + language + "-pairing");
            d.findElement(By.id("logout")).click();

            signIn(d, administrator, language);
            d.get(sandbox.get().baseUrl() + "plugins/servlet/tandem/admin");
            if (!d.findElements(By.id("websudo-form")).isEmpty()) {
                d.findElement(By.id("password")).sendKeys(SandboxWebSudo.PASSWORD);
                d.findElement(By.id("authenticateButton")).click();
            }
            try {
                waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("tandem-orgchart-import")));
            } catch (org.openqa.selenium.TimeoutException e) {
                String body = d.findElement(By.tagName("body")).getText();
                throw new AssertionError(language + ": no admin page at " + d.getCurrentUrl() + ": "
                        + body.substring(0, Math.min(body.length(), 1500)), e);
            }
            String admin = d.findElement(By.tagName("body")).getText();
            assertTrue(language + ": " + admin, admin.contains(text("tandem-admin", language, "tandem.admin.title")));
            assertTrue(language + ": " + admin,
                    admin.contains(text("tandem-admin", language, "tandem.admin.orgchart.heading")));
            browser.screenshot("lang-" + language + "-admin");
            d.manage().deleteAllCookies();
        }
    }

    @Test
    public void blueprintPages_createdByADanishCoordinator_shouldReadInDanish() throws Exception {
        WebDriver d = browser.driver();
        SandboxUsers users = sandbox.get().users();
        SandboxUsers.Person coordinator = DemoData.coordinator(users);
        signIn(d, coordinator.username(), "da");
        Map<String, String> form = ProgrammeBlueprintSandboxTest.form("MENTORDA", "Mentorprogram 2027");
        form.put("purpose", "Nye ledere l\u00e6rer af erfarne kolleger.");
        form.put("goals", "80 % af mentorparrene m\u00f8des hver m\u00e5ned.");
        assertEquals(Map.of(), sandbox.get().createSpaceFromBlueprint(coordinator.key(),
                sandbox.get().spaceBlueprintChoices().get(0), form));

        d.get(sandbox.get().baseUrl() + "display/MENTORDA");
        assertTrue(d.findElements(By.cssSelector("#main-content .sandbox-macro-error")).isEmpty());
        WebElement welcome = d.findElement(By.xpath("//div[@id='main-content']//h2[normalize-space()='"
                + text("tandem-blueprint-pages", "da", "tandem.blueprint.text.home.welcome.title") + "']"));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", welcome);
        String home = d.findElement(By.id("main-content")).getText();
        assertTrue(home, home.contains(text("tandem-blueprint-pages", "da", "tandem.blueprint.text.home.start")));
        browser.screenshot("lang-da-blueprint-home");
        browser.axe().check("blueprint-home-da");

        followPageLink(d, text("tandem", "da", "tandem.blueprint.page.enrol"));
        waitingFor(d, "[data-tandem-enrol]");
        assertTrue(d.findElements(By.cssSelector("#main-content .sandbox-macro-error")).isEmpty());
        String page = d.findElement(By.id("main-content")).getText();
        assertTrue(page, page.contains(text("tandem-blueprint-pages", "da", "tandem.blueprint.text.enrol.before.title")));
        browser.screenshot("lang-da-blueprint-enrol");
        browser.axe().check("blueprint-enrol-da");

        followPageLink(d, text("tandem", "da", "tandem.blueprint.page.charter"));
        browser.screenshot("lang-da-blueprint-charter");
        browser.axe().check("blueprint-charter-da");
        d.manage().deleteAllCookies();
    }

    /** Follows the link to a page in the page's body and checks the page it opens. */
    private static void followPageLink(WebDriver d, String title) {
        d.findElement(By.id("main-content")).findElement(By.linkText(title)).click();
        assertEquals(title, d.findElement(By.id("title-text")).getText());
    }

    private static void waitingFor(WebDriver d, String css) {
        new WebDriverWait(d, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static void signIn(WebDriver d, String username, String language) {
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user"))).selectByValue(username);
        new Select(d.findElement(By.id("login-language"))).selectByValue(language);
        WebElement submit = d.findElement(By.id("login-submit"));
        submit.click();
        // the next page load must not overtake the sign-in
        WebDriverWait signedIn = new WebDriverWait(d, Duration.ofSeconds(30));
        // while the old page goes, Chromium may answer "node does not belong to the document" instead of "stale":
        // ask again until it says stale
        signedIn.ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(submit));
        signedIn.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** A text of one of the plugin's bundles in a language, as written there (English has no suffix). */
    private static String text(String bundle, String language, String key) throws IOException {
        String path = "i18n/" + bundle + ("en".equals(language) ? "" : "_" + language) + ".properties";
        Properties texts = new Properties();
        try (InputStream in = LanguagesIT.class.getClassLoader().getResourceAsStream(path)) {
            texts.load(in);
        }
        return texts.getProperty(key);
    }
}
