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
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.matching.SpeedRanking;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SpeedEventRepository;
import org.tandem.mentoring.store.SpeedRankingRepository;
import org.tandem.sandbox.host.SandboxTimeZones;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The pairing board's runs in a real browser: a run held while it reads the applications (the sandbox holds its
 * lookup of a person's time zone) shows "Reading applications…" with the seconds gone in its status region after a
 * second, and the status clears when the answer comes; the board offers to match from the rankings of a
 * speed-mentoring event that people ranked, with a choice of event and method, and stages the result like any run.
 * Axe checks the board with both.
 */
public class RunProgressIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("run-progress-browser");

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    private static void signIn(WebDriver d, String userKey) {
        SandboxBrowser.signIn(d, sandbox.get(), sandbox.get().users().byKey(userKey).orElseThrow());
    }

    private static void openBoard(WebDriver d) {
        d.get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoCohort.SPACE, "Pairings").substring(1));
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tandem-pairing]")));
        // the settings panel's preview reads the time zones too: let it finish before a lookup is held
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-matching-preview]"),
                "mentees waiting for a mentor can be matched."));
    }

    /** Scrolls the page so that {@code element} is a little below the top of the window. */
    private static void scrollTo(WebDriver d, WebElement element) {
        ((JavascriptExecutor) d).executeScript(
                "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 120);", element);
    }

    /** An event of three approved mentees and three mentors of cohort B, each having ranked the other side. */
    private static SpeedEvent rankedEvent(int programmeId, String coordinator) {
        List<Participant> approved = new ParticipantRepository(sandbox.get().activeObjects())
                .findByProgrammeAndState(programmeId, ParticipantState.APPROVED);
        List<String> mentees = approved.stream().filter(p -> p.role() == ParticipantRole.MENTEE)
                .map(Participant::userKey).sorted().limit(3).toList();
        List<String> mentors = approved.stream().filter(p -> p.role() == ParticipantRole.MENTOR)
                .map(Participant::userKey).sorted().limit(3).toList();
        List<String> everyone = new ArrayList<>(mentees);
        everyone.addAll(mentors);
        Instant at = sandbox.get().clock().instant();
        SpeedEvent event = new SpeedEventRepository(sandbox.get().activeObjects()).create(new SpeedEvent(0,
                programmeId, at.minus(Duration.ofDays(2)), "Room 4", 8, 3, 3, everyone, true, 0), coordinator, at);
        SpeedRankingRepository rankings = new SpeedRankingRepository(sandbox.get().activeObjects());
        for (String mentee : mentees) {
            rankings.save(new SpeedRanking(event.id(), mentee, mentors, Set.of(), 0), at);
        }
        for (String mentor : mentors) {
            rankings.save(new SpeedRanking(event.id(), mentor, mentees, Set.of(), 0), at);
        }
        return event;
    }

    @Test
    public void board_shouldShowTheRunsProgressAndMatchFromRankings() throws Exception {
        WebDriver d = browser.driver();
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        String coordinator = sandbox.get().users().members(DemoData.COORDINATORS).stream().sorted().findFirst()
                .orElseThrow();
        SpeedEvent event = rankedEvent(programmeId, coordinator);
        signIn(d, coordinator);
        openBoard(d);

        WebElement status = d.findElement(By.cssSelector("[data-pairing-phase]"));
        assertEquals("status", status.getAttribute("role"));
        SandboxTimeZones.Hold hold = new SandboxTimeZones.Hold(new CountDownLatch(1), new CountDownLatch(1));
        sandbox.get().timeZones().holdNextLookup(hold);
        d.findElement(By.cssSelector("[data-pairing-command='run']")).click();
        try {
            assertTrue("the run never read a time zone", hold.reached().await(30, TimeUnit.SECONDS));
            try {
                waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-pairing-phase]"), "Reading applications\u2026"));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(((JavascriptExecutor) d).executeScript(
                        "return document.querySelector('[data-pairing-progress]').outerHTML;") + " / "
                        + sandbox.signedIn(sandbox.get().users().byKey(coordinator).orElseThrow().username())
                        .get("/rest/tandem/1.0/programmes/" + programmeId + "/runs/progress").body(), e);
            }
            waiting(d).until(driver -> driver.findElement(By.cssSelector("[data-pairing-elapsed]")).getText()
                    .matches("[1-9]\\d* s elapsed"));
            scrollTo(d, d.findElement(By.cssSelector("[data-pairing-command='run']")));
            browser.screenshot("run-progress-1-reading");
            browser.axe().check("pairing-board-running");
        } finally {
            hold.release().countDown();
        }
        waiting(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-pairing-ran]")));
        assertFalse(d.findElement(By.cssSelector("[data-pairing-progress]")).isDisplayed());
        assertEquals("", d.findElement(By.cssSelector("[data-pairing-elapsed]")).getAttribute("textContent"));

        WebElement rankings = d.findElement(By.cssSelector("[data-pairing-rankings]"));
        Select events = new Select(rankings.findElement(By.cssSelector("[data-rankings-event]")));
        assertEquals(String.valueOf(event.id()), events.getFirstSelectedOption().getAttribute("value"));
        assertTrue(events.getFirstSelectedOption().getText(), events.getFirstSelectedOption().getText()
                .contains("Room 4 (6 rankings)"));
        assertFalse("the time reads as a time, in a named zone", events.getFirstSelectedOption().getText()
                .contains("tandem."));
        assertTrue(rankings.findElement(By.id("tandem-rankings-STABLE")).isSelected());
        rankings.findElement(By.cssSelector("label[for='tandem-rankings-FIT']")).click();
        scrollTo(d, rankings);
        browser.screenshot("run-progress-2-rankings-choice");
        browser.axe().check("pairing-board-rankings");

        rankings.findElement(By.cssSelector("label[for='tandem-rankings-STABLE']")).click();
        rankings.findElement(By.cssSelector("[data-pairing-command='rankings']")).click();
        waiting(d).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.tandem-pairing-reasons li'))"
                        + ".some(function (li) { return li.textContent.indexOf('ranked') >= 0; });")));
        assertTrue(d.findElements(By.cssSelector("tr[data-pairing-id][data-state='STAGED']")).size() > 0);
        browser.screenshot("run-progress-3-rankings-staged");
        // the run from the rankings recorded its phases too, and then that it was done
        String progress = sandbox.signedIn(sandbox.get().users().byKey(coordinator).orElseThrow().username())
                .get("/rest/tandem/1.0/programmes/" + programmeId + "/runs/progress").body();
        assertTrue(progress, progress.contains("\"phase\":\"done\""));
    }
}
