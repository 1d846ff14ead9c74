package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator picks each language Tandem ships at sign-in and reads the programme home and the Enrol page in
 * it; screenshots lang-xx-programme-home and lang-xx-enrol in target/screenshots/.
 */
public class LanguagesIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("languages");

    /** A heading of the programme home in each language, from the plugin's bundles. */
    private static final Map<String, String> THEMES_HEADING = Map.of(
            "en", "Learning themes on offer",
            "de", "Angebotene Lernthemen",
            "fr", "Th\u00e8mes d\u2019apprentissage propos\u00e9s");

    @Test
    public void programmeHome_shouldBeReadInTheLanguageChosenAtSignIn() throws Exception {
        WebDriver d = browser.driver();
        SandboxUsers users = sandbox.get().users();
        SandboxUsers.Person coordinator = users.byKey(users.members(DemoData.COORDINATORS).stream()
                .findFirst().orElseThrow()).orElseThrow();
        for (String language : new String[] {"en", "de", "fr"}) {
            d.get(sandbox.get().baseUrl() + "login");
            new Select(d.findElement(By.id("login-user"))).selectByValue(coordinator.username());
            new Select(d.findElement(By.id("login-language"))).selectByValue(language);
            d.findElement(By.id("login-submit")).click();
            d.findElement(By.linkText("Mentoring Programme 2026")).click();

            assertEquals(language, d.findElement(By.tagName("html")).getAttribute("lang"));
            String macro = d.findElement(By.cssSelector("#main-content .tandem-programme")).getText();
            assertTrue(language + ": " + macro, macro.contains(THEMES_HEADING.get(language)));
            browser.screenshot("lang-" + language + "-programme-home");

            d.findElement(By.linkText("Enrol")).click();
            assertTrue(d.findElements(By.cssSelector("#main-content .sandbox-macro-error")).isEmpty());
            browser.screenshot("lang-" + language + "-enrol");
            d.findElement(By.id("logout")).click();
        }
    }
}
