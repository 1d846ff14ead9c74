package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.matching.MatchingRequest;
import org.tandem.mentoring.domain.matching.MatchingRules;
import org.tandem.mentoring.domain.matching.Mentee;
import org.tandem.mentoring.domain.matching.Mentor;
import org.tandem.mentoring.domain.matching.PreparedMatching;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The matching settings panel of the pairing board in a real browser: it passes axe, a bad weight is an error tied
 * to its field, and on a cohort of two mentees and two mentors "most people matched" stages both mentees where
 * "best total fit" stages only the one with the strongest fit.
 */
public class MatchingSettingsIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("matching-settings");

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    private static void openBoard(WebDriver d, SandboxUsers.Person person) {
        d.manage().deleteAllCookies();
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user"))).selectByValue(person.username());
        d.findElement(By.id("login-submit")).click();
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"),
                person.fullName()));
        d.get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoCohort.SPACE, "Pairings").substring(1));
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-matching-form]")));
        waiting(d).until(driver -> driver.findElement(By.cssSelector("[data-matching-form]"))
                .getAttribute("data-version") != null);
    }

    /**
     * Leaves two mentees and two mentors approved: a fits x on three themes and y on one, b fits x on one theme
     * and excludes y; each mentor takes one mentee. Best total fit: a with x (300 against 200); most people
     * matched: a with y and b with x.
     */
    private static void twoByTwoCohort(int programmeId, String coordinator) {
        ParticipantRepository participants = new ParticipantRepository(sandbox.get().activeObjects());
        List<Participant> approved = participants.findByProgrammeAndState(programmeId, ParticipantState.APPROVED);
        List<Participant> mentees = approved.stream().filter(p -> p.role() == ParticipantRole.MENTEE).toList();
        List<Participant> mentors = approved.stream().filter(p -> p.role() == ParticipantRole.MENTOR).toList();
        List<Mentee> menteeSide = new ArrayList<>();
        mentees.forEach(p -> menteeSide.add(Mentee.builder(p.userKey()).build()));
        List<Mentor> mentorSide = new ArrayList<>();
        mentors.forEach(p -> mentorSide.add(Mentor.builder(p.userKey()).capacity(1).build()));
        PreparedMatching rules = new MatchingEngine().prepare(new MatchingRequest(menteeSide, mentorSide,
                new OrgChartRepository(sandbox.get().activeObjects()).whole(), MatchingRules.defaults()));
        Participant[] chosen = null;
        search:
        for (Participant a : mentees) {
            for (Participant b : mentees) {
                for (Participant x : mentors) {
                    for (Participant y : mentors) {
                        if (a != b && x != y && !a.userKey().equals(x.userKey()) && !a.userKey().equals(y.userKey())
                                && !b.userKey().equals(x.userKey()) && !b.userKey().equals(y.userKey())
                                && rules.check(a.userKey(), x.userKey()).isEmpty()
                                && rules.check(a.userKey(), y.userKey()).isEmpty()
                                && rules.check(b.userKey(), x.userKey()).isEmpty()) {
                            chosen = new Participant[] {a, b, x, y};
                            break search;
                        }
                    }
                }
            }
        }
        assertTrue("the demo cohort has two mentees and two mentors to build on", chosen != null);
        List<Integer> themes = new LearningThemeRepository(sandbox.get().activeObjects()).findAvailableTo(programmeId)
                .stream().map(t -> t.id()).limit(3).toList();
        List<Participant> keep = List.of(chosen);
        for (Participant other : approved) {
            if (!keep.contains(other)) {
                participants.decide(other.id(), other.version(), ParticipantState.WITHDRAWN, coordinator,
                        Instant.now());
            }
        }
        String y = chosen[3].userKey();
        participants.update(chosen[0].withThemes(themes).withPeople(List.of(), List.of()));
        participants.update(chosen[1].withThemes(List.of(themes.get(0))).withPeople(List.of(), List.of(y)));
        participants.update(chosen[2].withThemes(themes).withCapacity(1).withPeople(List.of(), List.of()));
        participants.update(chosen[3].withThemes(List.of(themes.get(2))).withCapacity(1)
                .withPeople(List.of(), List.of()));
    }

    private static void setWeights(WebDriver d, String objective) {
        for (WebElement input : d.findElements(By.cssSelector("[data-matching-form] input[type='number']"))) {
            input.clear();
            input.sendKeys("THEME_FIT".equals(input.getAttribute("name")) ? "100" : "0");
        }
        d.findElement(By.cssSelector("label[for='tandem-objective-" + objective + "']")).click();
        assertTrue(d.findElement(By.id("tandem-objective-" + objective)).isSelected());
    }

    private static void saveAndRun(WebDriver d, int version) {
        d.findElement(By.cssSelector("[data-matching-form] button[type='submit']")).click();
        waiting(d).until(driver -> String.valueOf(version).equals(driver.findElement(
                By.cssSelector("[data-matching-form]")).getAttribute("data-version")));
        d.findElement(By.cssSelector("[data-pairing-command='run']")).click();
        waiting(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-pairing-ran]")));
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "document.querySelector('[data-pairing-ran]').scrollIntoView();");
    }

    private static List<String> stagedMentees(WebDriver d) {
        return d.findElements(By.cssSelector("tr[data-state='STAGED'] .tandem-pairing-mentee")).stream()
                .map(WebElement::getText).sorted().toList();
    }

    @Test
    public void panel_shouldSaveTheSettingsThatTheRunUses() throws Exception {
        WebDriver d = browser.driver();
        SandboxUsers.Person coordinator = sandbox.get().users().members(DemoData.COORDINATORS).stream()
                .findFirst().map(key -> sandbox.get().users().byKey(key).orElseThrow()).orElseThrow();
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        twoByTwoCohort(programmeId, coordinator.key());
        openBoard(d, coordinator);
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-matching-preview]"), "2 of the 2"));
        browser.axe().check("pairing-settings");
        browser.screenshot("matching-settings-1-panel");

        // a weight out of range: the error is next to the field, announced, and the field is marked
        WebElement language = d.findElement(By.id("tandem-weight-LANGUAGE"));
        language.clear();
        language.sendKeys("500");
        d.findElement(By.cssSelector("[data-matching-form] button[type='submit']")).click();
        waiting(d).until(driver -> "true".equals(driver.findElement(By.id("tandem-weight-LANGUAGE"))
                .getAttribute("aria-invalid")));
        WebElement slot = d.findElement(By.cssSelector("[data-error-for='LANGUAGE']"));
        assertFalse(slot.getText().isBlank());
        assertEquals("polite", slot.getAttribute("aria-live"));
        assertTrue(d.findElement(By.id("tandem-weight-LANGUAGE")).getAttribute("aria-describedby")
                .contains(slot.getAttribute("id")));
        browser.axe().check("pairing-settings-error");
        browser.screenshot("matching-settings-2-error");

        setWeights(d, "BEST_TOTAL_SCORE");
        saveAndRun(d, 1);
        List<String> best = stagedMentees(d);
        browser.screenshot("matching-settings-3-best-total-fit");

        setWeights(d, "MOST_MATCHED");
        saveAndRun(d, 2);
        List<String> most = stagedMentees(d);
        browser.screenshot("matching-settings-4-most-matched");

        assertEquals(1, best.size());
        assertEquals(2, most.size());
        assertTrue(most.containsAll(best));
    }
}
