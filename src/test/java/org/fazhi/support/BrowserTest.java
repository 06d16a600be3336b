package org.fazhi.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A real-browser test: one headless Chromium for the class, against the test application. */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

    protected static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** The visible text of the first element matching {@code css}. */
    protected static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
