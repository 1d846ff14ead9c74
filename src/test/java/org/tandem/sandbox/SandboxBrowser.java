package org.tandem.sandbox;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Debian's headless Chromium through chromedriver, downloading nothing; screenshots go to target/screenshots/. */
public final class SandboxBrowser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver driver;

    /** Whether the browser tests are switched off with -Dtandem.skipBrowser=true. */
    public static boolean skipped() {
        return Boolean.getBoolean("tandem.skipBrowser");
    }

    /** Fails with a clear message when Debian's chromium or chromium-driver is missing. */
    public static void requireInstalled() {
        for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary + " is missing: install Debian's browser with "
                        + "'apt-get update && apt-get install -y chromium chromium-driver', "
                        + "or skip the browser tests with -Dtandem.skipBrowser=true");
            }
        }
    }

    public SandboxBrowser() throws IOException {
        requireInstalled();
        profile = Files.createTempDirectory("tandem-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /**
     * Signs a person in through the sandbox's sign-in form, their cookies cleared first, and waits until the page
     * names them as the one signed in.
     */
    public static void signIn(WebDriver d, Sandbox sandbox, SandboxUsers.Person person) {
        d.manage().deleteAllCookies();
        d.get(sandbox.baseUrl() + "login");
        new Select(d.findElement(By.id("login-user"))).selectByValue(person.username());
        d.findElement(By.id("login-submit")).click();
        new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("signed-in-as"), person.fullName()));
    }

    public WebDriver driver() {
        return driver;
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("tandem.basedir", ".")).resolve("target/screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = dir.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try {
                SandboxRule.delete(profile);
            } catch (java.io.UncheckedIOException leftOver) {
                // the temporary profile stays behind; the next run does not read it
            }
        }
    }
}
