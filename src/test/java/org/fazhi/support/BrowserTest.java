package org.fazhi.support;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real-browser test: one headless Chromium for the class, against the test application, and the few moves a user
 * makes — typing into a field, setting a date, clicking what may lie below the window, waiting for the next page.
 */
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

    protected static void until(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    protected static void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a date field as the date picker would (typing into it depends on the browser's locale). */
    protected static void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value.toString());
    }

    /** Whether the page shows an element with this id now, without waiting for one to appear. */
    protected static boolean present(String id) {
        return !Browser.now(browser, By.id(id)).isEmpty();
    }

    /** Clicks the element after scrolling it into view (long forms reach below the headless window). */
    protected static void click(WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }
}
