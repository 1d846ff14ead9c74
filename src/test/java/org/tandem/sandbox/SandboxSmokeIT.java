package org.tandem.sandbox;

import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The smoke journey in a real browser against the real plugin on a fresh sandbox: sign in by choosing a person, open
 * the programme space, see the Tandem macro rendered, be refused a restricted page as someone else. Screenshots in
 * target/screenshots/.
 */
public class SandboxSmokeIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("smoke");

    private static void signIn(WebDriver d, SandboxUsers.Person person) {
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user"))).selectByValue(person.username());
        d.findElement(By.id("login-submit")).click();
    }

    @Test
    public void journey_signInSeeTheProgrammeAndBeRefusedARestrictedPage() throws Exception {
        WebDriver d = browser.driver();
        SandboxUsers.Person[] pair = new DemoData(20260101L).restrictedPair(sandbox.get().users());
        SandboxUsers.Person outsider = sandbox.get().users().all().stream()
                .filter(p -> p.level() == 5 && p.department().equals("Sales")).findFirst().orElseThrow();

        d.get(sandbox.get().baseUrl());
        assertTrue(d.findElement(By.id("signed-in-as")).getText().contains("Not signed in"));
        assertFalse(d.getPageSource().contains("Mentoring Programme 2026"));
        browser.screenshot("01-anonymous-dashboard");

        d.get(sandbox.get().baseUrl() + "login");
        browser.screenshot("02-sign-in");
        signIn(d, outsider);
        assertTrue(d.findElement(By.id("signed-in-as")).getText().contains(outsider.fullName()));
        d.findElement(By.linkText("Mentoring Programme 2026")).click();

        WebElement macro = d.findElement(By.cssSelector("#main-content .tandem-programme"));
        assertTrue(macro.isDisplayed());
        assertFalse(d.getPageSource().contains("ac:structured-macro"));
        assertEquals("Mentoring Programme 2026", d.findElement(By.id("title-text")).getText());
        List<WebElement> tree = d.findElements(By.cssSelector("#page-tree a"));
        assertTrue(tree.stream().noneMatch(a -> a.getText().startsWith("Session 1")));
        browser.screenshot("03-programme-home");

        d.findElement(By.linkText("Enrol")).click();
        assertEquals("Enrol", d.findElement(By.id("title-text")).getText());
        assertTrue(d.findElements(By.cssSelector("#main-content .sandbox-macro-error")).isEmpty());
        browser.screenshot("06-enrol");

        String restricted = sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoData.SPACE,
                "Session 1: " + pair[0].fullName() + " and " + pair[1].fullName()).substring(1);
        d.get(restricted);
        assertTrue(d.findElement(By.id("not-found")).isDisplayed());
        assertFalse(d.getPageSource().contains("Getting to know each other"));
        browser.screenshot("04-restricted-refused");

        d.findElement(By.id("logout")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        By.id("signed-in-as"), "Not signed in"));
        signIn(d, pair[0]);
        d.get(restricted);
        assertTrue(d.findElement(By.id("main-content")).getText().contains("Getting to know each other"));
        browser.screenshot("05-restricted-as-member");
    }
}
