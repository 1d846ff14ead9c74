package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.matching.SpeedRanking;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SpeedEventRepository;
import org.tandem.mentoring.store.SpeedRankingRepository;

/**
 * The speed-mentoring rankings in a real browser: after an event of two mentees and two mentors, a mentee follows
 * the link under their schedule to the rankings page; a mentee and a mentor each order the people they met with the
 * keyboard buttons and save (axe passes on both views); the coordinator sees that all four ranked, runs stable
 * matching from the rankings, and the pairing board shows the staged pairs explained by the rankings.
 */
public class SpeedRankingIT {

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("speed-ranking");

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    private static void open(WebDriver d, SandboxUsers.Person person, String title) {
        d.manage().deleteAllCookies();
        d.get(sandbox.get().baseUrl() + "login");
        new Select(d.findElement(By.id("login-user"))).selectByValue(person.username());
        d.findElement(By.id("login-submit")).click();
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"),
                person.fullName()));
        d.get(sandbox.get().baseUrl() + StorageFormat.pageUrl(DemoCohort.SPACE, title).substring(1));
    }

    private static SandboxUsers.Person person(String key) {
        return sandbox.get().users().byKey(key).orElseThrow();
    }

    /** Two mentees and two mentors of cohort B whom the hard rules let pair any way round. */
    private static List<String> fourPeople(int programmeId) {
        List<Participant> approved = new ParticipantRepository(sandbox.get().activeObjects())
                .findByProgrammeAndState(programmeId, ParticipantState.APPROVED);
        List<Participant> mentees = approved.stream().filter(p -> p.role() == ParticipantRole.MENTEE).toList();
        List<Participant> mentors = approved.stream().filter(p -> p.role() == ParticipantRole.MENTOR).toList();
        List<Mentee> menteeSide = new ArrayList<>();
        mentees.forEach(p -> menteeSide.add(Mentee.builder(p.userKey()).build()));
        List<Mentor> mentorSide = new ArrayList<>();
        mentors.forEach(p -> mentorSide.add(Mentor.builder(p.userKey()).capacity(1).build()));
        PreparedMatching rules = new MatchingEngine().prepare(new MatchingRequest(menteeSide, mentorSide,
                new OrgChartRepository(sandbox.get().activeObjects()).whole(), MatchingRules.defaults()));
        for (Participant a : mentees) {
            for (Participant b : mentees) {
                for (Participant x : mentors) {
                    for (Participant y : mentors) {
                        List<String> four = List.of(a.userKey(), b.userKey(), x.userKey(), y.userKey());
                        if (Set.copyOf(four).size() == 4 && rules.check(a.userKey(), x.userKey()).isEmpty()
                                && rules.check(a.userKey(), y.userKey()).isEmpty()
                                && rules.check(b.userKey(), x.userKey()).isEmpty()
                                && rules.check(b.userKey(), y.userKey()).isEmpty()) {
                            return four;
                        }
                    }
                }
            }
        }
        throw new AssertionError("the demo cohort has two mentees and two mentors to build on");
    }

    /** Moves the person in the list one place up with the keyboard button and saves. */
    private static void moveUpAndSave(WebDriver d, String key) {
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ranking-list] li")));
        WebElement up = d.findElement(By.cssSelector("[data-ranking-list] li[data-key='" + key + "'] [data-move='up']"));
        if (up.isEnabled()) {
            up.click();
        }
        waiting(d).until(driver -> driver.findElements(By.cssSelector("[data-ranking-list] li")).get(0)
                .getAttribute("data-key").equals(key));
        d.findElement(By.cssSelector("[data-ranking-save]")).click();
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-ranking-saved]"),
                "saved"));
    }

    @Test
    public void bothSides_shouldRankAndTheCoordinatorShouldStageStablePairsExplained() throws Exception {
        WebDriver d = browser.driver();
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoCohort.SPACE)
                .orElseThrow().id();
        List<String> four = fourPeople(programmeId);
        String a = four.get(0);
        String b = four.get(1);
        String x = four.get(2);
        String y = four.get(3);
        SandboxUsers.Person coordinator = person(sandbox.get().users().members(DemoData.COORDINATORS).stream()
                .sorted().findFirst().orElseThrow());
        SpeedEvent event = new SpeedEventRepository(sandbox.get().activeObjects()).create(new SpeedEvent(0,
                programmeId, Instant.parse("2025-12-01T15:00:00Z"), "Room 4", 8, 2, 2, four, true, 0),
                coordinator.key(), Instant.parse("2025-11-01T09:00:00Z"));

        open(d, person(a), "Pairings");
        WebElement rank = waiting(d).until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[data-speed-after='" + event.id() + "'] a[data-speed-rank-link]")));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", rank);
        browser.axe().check("speed-events-after");
        browser.screenshot("speed-ranking-0-schedule-link");
        rank.click();
        waiting(d).until(ExpectedConditions.urlContains("pageId="));
        moveUpAndSave(d, y);
        browser.axe().check("speed-ranking");
        browser.screenshot("speed-ranking-1-mentee");

        open(d, person(x), DemoData.SPEED_RANKINGS);
        moveUpAndSave(d, b);
        browser.screenshot("speed-ranking-2-mentor");

        SpeedRankingRepository rankings = new SpeedRankingRepository(sandbox.get().activeObjects());
        Instant now = Instant.now();
        rankings.save(new SpeedRanking(event.id(), b, List.of(x, y), Set.of(), 0), now);
        rankings.save(new SpeedRanking(event.id(), y, List.of(a, b), Set.of(), 0), now);
        assertEquals(List.of(y, x), rankings.find(event.id(), a).orElseThrow().ranked());
        assertEquals(List.of(b, a), rankings.find(event.id(), x).orElseThrow().ranked());

        open(d, coordinator, DemoData.SPEED_RANKINGS);
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-status-summary]"),
                "4 of 4"));
        d.findElement(By.cssSelector("[data-ranking-match] button[type='submit']")).click();
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-match-result]"),
                "2 pairs"));
        browser.axe().check("speed-ranking-coordinator");
        browser.screenshot("speed-ranking-3-coordinator");

        open(d, coordinator, "Pairings");
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-state='STAGED']")));
        String board = d.findElement(By.tagName("body")).getText();
        String aName = person(a).fullName();
        String yName = person(y).fullName();
        assertTrue(board, board.contains(aName + " and " + yName + " both ranked each other first"));
        assertTrue(board, board.contains(person(b).fullName() + " and " + person(x).fullName()
                + " both ranked each other first"));
        browser.screenshot("speed-ranking-4-board");
    }
}
