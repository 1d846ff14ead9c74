package org.tandem.sandbox;

import org.junit.Assume;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Debian's headless Chromium for one test class, through {@link SandboxBrowser}; use it as a {@code @ClassRule}.
 * The class is skipped only when -Dtandem.skipBrowser=true; a missing browser fails it.
 */
public final class BrowserRule extends ExternalResource {

    private SandboxBrowser browser;

    @Override
    protected void before() throws Throwable {
        Assume.assumeFalse("browser tests switched off with -Dtandem.skipBrowser=true", SandboxBrowser.skipped());
        browser = new SandboxBrowser();
    }

    @Override
    protected void after() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    public WebDriver driver() {
        if (browser == null) {
            throw new IllegalStateException("the browser is not running: use BrowserRule as a @ClassRule");
        }
        return browser.driver();
    }

    /**
     * axe-core on the page the browser shows now, in one line: {@code browser.axe().check("programme-home")} fails on
     * serious or critical findings and writes the counts by impact to target/axe/programme-home.json and .txt.
     */
    public Axe axe() {
        return new Axe(driver());
    }

    /** Saves a screenshot as target/screenshots/{name}.png. */
    public Path screenshot(String name) throws IOException {
        driver();
        return browser.screenshot(name);
    }
}
