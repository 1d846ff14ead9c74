package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.circle.PeerCircle;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.PeerCircleRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Alumni peer circles on the demo programme's home page, once its pairs have ended: the coordinator sees the former
 * mentees by theme and forms a circle of three; a member sees the circle with its theme and members and leaves it.
 * Both views are checked by axe-core and saved as screenshots.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CirclesIT {

    private static final String NAME = "Speaking up together";

    @ClassRule(order = 0)
    public static final BrowserRule browser = new BrowserRule();
    @ClassRule(order = 1)
    public static final SandboxRule sandbox = SandboxRule.plugin("circles");

    private static WebDriver d() {
        return browser.driver();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(d(), Duration.ofSeconds(20));
    }

    private static void signIn(SandboxUsers.Person person) {
        SandboxBrowser.signIn(d(), sandbox.get(), person);
    }

    private static Programme programme() {
        return new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE).orElseThrow();
    }

    private static WebElement circles() {
        d().get(sandbox.get().baseUrl() + "display/" + DemoData.SPACE);
        WebElement circles = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-tandem-circles]")));
        ((ChromeDriver) d()).executeScript("arguments[0].scrollIntoView()", circles);
        return circles;
    }

    @Test
    public void a_theCoordinator_formsACircleOfThreeFormerMentees() throws Exception {
        AoPairingStore pairings = new AoPairingStore(sandbox.get().activeObjects());
        Instant now = sandbox.get().clock().instant();
        for (Pairing p : pairings.findByProgrammeAndStates(programme().id(), Set.of(PairingState.ACTIVE))) {
            pairings.save(p.ended("The programme year is over."), PairingEventType.ENDED, p.mentorKey(), now,
                    "The programme year is over.");
        }
        signIn(DemoData.coordinator(sandbox.get().users()));
        WebElement form = circles().findElement(By.cssSelector("[data-circle-form]"));
        List<WebElement> groups = form.findElements(By.cssSelector(".tandem-circle-theme-group"));
        int chosen = -1;
        for (int i = 0; i < groups.size() && chosen < 0; i++) {
            if (groups.get(i).findElements(By.cssSelector("input[type=checkbox]")).size() >= 3) {
                chosen = i;
            }
        }
        assertTrue("a theme with three former mentees", chosen >= 0);
        form.findElement(By.id("tandem-circle-name")).sendKeys(NAME);
        new Select(form.findElement(By.id("tandem-circle-theme"))).selectByIndex(chosen);
        List<WebElement> labels = groups.get(chosen).findElements(By.cssSelector("label"));
        for (int i = 0; i < 3; i++) {
            ((ChromeDriver) d()).executeScript("arguments[0].click()", labels.get(i));
        }
        ((ChromeDriver) d()).executeScript("arguments[0].requestSubmit()", form);

        WebElement formed = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-circle-formed]")));
        assertTrue(formed.getText(), formed.getText().contains(NAME));
        ((ChromeDriver) d()).executeScript("arguments[0].scrollIntoView()", formed);
        browser.screenshot("circles-coordinator");
        browser.axe().check("circles-coordinator");
    }

    @Test
    public void b_aMember_seesTheCircleAndLeavesIt() throws Exception {
        PeerCircleRepository store = new PeerCircleRepository(sandbox.get().activeObjects());
        PeerCircle circle = store.findByProgramme(programme().id()).get(0);
        SandboxUsers.Person member = sandbox.get().users().byKey(circle.memberKeys().get(0)).orElseThrow();
        SandboxUsers.Person other = sandbox.get().users().byKey(circle.memberKeys().get(1)).orElseThrow();
        signIn(member);
        WebElement mine = circles().findElement(By.cssSelector("[data-circle-mine]"));
        assertTrue(mine.getText(), mine.getText().contains(NAME) && mine.getText().contains(other.fullName()));
        browser.screenshot("circles-member");
        browser.axe().check("circles-member");

        mine.findElement(By.cssSelector("[data-circle-leave]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("[data-circle-mine]")).isEmpty());
        assertEquals(2, store.findById(circle.id()).orElseThrow().memberKeys().size());
    }
}
