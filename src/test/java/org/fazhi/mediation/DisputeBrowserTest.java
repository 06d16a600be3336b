package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One dispute in a real Chromium: the village mediator registers it and records a session, hands it up to the town
 * committee; the town mediator concludes it with a written agreement; the leader reads the statistics.
 */
@Tag("browser")
class DisputeBrowserTest extends IntegrationTest {

    static ChromeDriver browser;

    @BeforeAll
    static void open() {
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void login(String username) {
        Browser.signIn(browser, baseUrl(), username, PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/dashboard"));
    }

    private void until(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    private void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private void open(String stepId) {
        click(browser.findElement(By.cssSelector("#" + stepId + " > summary")));
    }

    /** Clicks the element after scrolling it into view (the long forms reach below the headless window). */
    private void click(WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    @Test
    void a_dispute_goes_from_the_village_to_the_town_and_into_the_statistics() {
        login("village-mediator");
        browser.get(baseUrl() + "/mediation/disputes/new");
        new Select(browser.findElement(By.id("localityId"))).selectByVisibleText("林西村");
        type("summary", "浏览器测试：两户因宅前通道归属发生争执");
        type("applicantName", "浏览器甲");
        type("applicantPhone", "13900002222");
        type("respondentName", "浏览器乙");
        click(browser.findElement(By.id("dispute-submit")));
        until(ExpectedConditions.urlMatches(".*/mediation/disputes/\\d+$"));
        String caseNo = browser.findElement(By.id("case-no")).getText();
        String url = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("dispute-status")).getText()).isEqualTo("已受理");

        open("step-session");
        type("s-place", "林西村调解室");
        type("s-participants", "浏览器甲、浏览器乙");
        type("s-mediator", "林西村调解员");
        type("s-record", "双方陈述，分歧较大");
        click(browser.findElement(By.id("session-submit")));
        until(ExpectedConditions.textToBe(By.id("dispute-status"), "调解中"));
        assertThat(browser.findElement(By.id("dispute-timeline")).getText()).contains("双方陈述，分歧较大");

        open("step-escalate");
        type("e-text", "涉及多户，村调委会调解未果");
        click(browser.findElement(By.id("escalate-submit")));
        until(ExpectedConditions.urlMatches(".*/mediation/disputes$"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("镇人民调解委员会");
        Browser.screenshot(browser, "mediation-escalated");

        login("mediator");
        browser.get(url);
        assertThat(browser.findElement(By.id("dispute-holder")).getText()).contains("镇人民调解委员会");
        assertThat(browser.findElement(By.id("dispute-timeline")).getText()).contains("由 林西村 移交 镇人民调解委员会");
        open("step-conclude");
        new Select(browser.findElement(By.id("c-outcome"))).selectByVisibleText("调解成功");
        new Select(browser.findElement(By.id("c-form"))).selectByVisibleText("书面");
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("c-signedOn")),
                java.time.LocalDate.now(org.fazhi.FazhiApplication.ZONE).toString());
        type("c-terms", "一、通道归双方共用；二、申请人补偿被申请人800元。");
        click(browser.findElement(By.id("c-partiesSigned")));
        click(browser.findElement(By.id("c-mediatorSigned")));
        click(browser.findElement(By.id("c-committeeSealed")));
        click(browser.findElement(By.id("conclude-submit")));
        until(ExpectedConditions.or(ExpectedConditions.textToBe(By.id("dispute-status"), "调解成功"),
                ExpectedConditions.presenceOfElementLocated(By.id("form-error"))));
        assertThat(Browser.now(browser, By.id("form-error"))).isEmpty();
        assertThat(browser.findElement(By.id("dispute-status")).getText()).isEqualTo("调解成功");
        assertThat(browser.findElement(By.id("agreement-doc")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).contains("司法确认申请期限（" + caseNo + "）");
        Browser.screenshot(browser, "mediation-concluded");

        login("leader");
        browser.get(baseUrl() + "/mediation/statistics");
        assertThat(Integer.parseInt(browser.findElement(By.id("stat-accepted")).getText())).isPositive();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-category canvas")));
        assertThat(browser.findElement(By.id("village-heat")).getText()).contains("林西村");
        // the heat table shades its cells: the busiest villages do not look like the quiet ones
        java.util.Set<String> shades = new java.util.HashSet<>();
        for (var cell : browser.findElements(By.cssSelector("#village-heat .fz-heat"))) {
            shades.add(cell.getCssValue("background-color"));
        }
        assertThat(shades).hasSizeGreaterThan(1);
        assertThat(browser.findElement(By.cssSelector("#village-heat .fz-heat-3")).getCssValue("background-color"))
                .isNotEqualTo(browser.findElement(By.cssSelector("#village-heat .fz-heat-1, #village-heat .fz-heat-0"))
                        .getCssValue("background-color"));
        Browser.screenshot(browser, "mediation-statistics");
        click(browser.findElement(By.cssSelector("a:has(#stat-written)")));
        until(ExpectedConditions.urlContains("form=WRITTEN"));
        assertThat(browser.getCurrentUrl()).contains("form=WRITTEN");
        assertThat(browser.findElement(By.id("dispute-total")).getText()).startsWith("共");
    }
}
