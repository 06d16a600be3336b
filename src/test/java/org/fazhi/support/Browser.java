package org.fazhi.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium — Debian's {@code chromium} and {@code chromium-driver}, never a downloaded browser.
 * Where they are missing the browser tests are skipped with a loud warning, except under {@code CI=true}.
 */
public final class Browser {

    static final String CHROMIUM = env("FAZHI_CHROMIUM", "/usr/bin/chromium");
    static final String DRIVER = env("FAZHI_CHROMEDRIVER", "/usr/bin/chromedriver");

    /** How long finding an element waits for it to appear. */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

    private Browser() {
    }

    public static ChromeDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            if (TestDatabase.ci()) {
                throw new IllegalStateException("CI=true but Chromium or chromedriver is missing: " + CHROMIUM + ", "
                        + DRIVER + " (apt-get install chromium chromium-driver)");
            }
            System.err.println("\n!!!!! Chromium/chromedriver not installed: the browser tests are SKIPPED. !!!!!\n");
            Assumptions.abort("Chromium not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return driver;
    }

    /**
     * Signs in on the login page like a user and waits until the platform has answered: a click returns before the
     * next page has loaded, so reading the address right after it can still see the login page.
     */
    public static void signIn(ChromeDriver driver, String baseUrl, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login")
                || !now(d, By.cssSelector(".alert-danger")).isEmpty());
    }

    /**
     * The elements the page shows now, without the implicit wait: where absence is a normal answer (a check inside a
     * wait loop, an element that must not be there), waiting for an element to appear only costs seconds.
     */
    public static java.util.List<org.openqa.selenium.WebElement> now(org.openqa.selenium.WebDriver driver, By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(by);
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** Saves a screenshot under target/screenshots, for people to look at. */
    /**
     * Whether {@code element} is gone from the page: the next page has replaced the one it belonged to. Chromium may
     * answer a detached node with an inspector error ("Node with given id does not belong to the document") instead of
     * a stale-element error while the new page loads; both mean the old page is gone.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(
            org.openqa.selenium.WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                String m = String.valueOf(e.getMessage());
                if (m.contains("does not belong to the document") || m.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        };
    }

    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a missing screenshot is no test failure
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
