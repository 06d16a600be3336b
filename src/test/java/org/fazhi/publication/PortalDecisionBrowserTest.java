package org.fazhi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/** A citizen on a phone finds the published decisions of the town. */
@Tag("browser")
class PortalDecisionBrowserTest extends IntegrationTest {

    static ChromeDriver browser;

    @BeforeAll
    static void open() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_citizen_on_a_phone_searches_the_enforcement_disclosure() {
        browser.get(baseUrl() + "/");
        browser.findElement(By.partialLinkText("执法公示")).click();
        browser.findElement(By.id("q")).sendKeys("罚款");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        // the list before the search has the same ids: read only once the searched page has replaced it
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("q="));

        String results = browser.findElement(By.id("decisions")).getText();
        assertThat(browser.findElement(By.id("decision-total")).getText()).matches("共 \\d+ 条公示");
        assertThat(results).contains("罚款人民币", "当事人");
        assertThat(results).doesNotContainPattern("\\d{17}[\\dXx]").doesNotContainPattern("1[3-9]\\d{9}");
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).isEqualTo(false);
        Browser.screenshot(browser, "portal-enforcement-phone");
    }

    @Test
    void a_withdrawn_decision_shows_only_its_stub_with_the_reason() {
        browser.get(baseUrl() + "/portal/enforcement?q=" + java.net.URLEncoder.encode("第5号",
                java.nio.charset.StandardCharsets.UTF_8));

        String results = browser.findElement(By.id("decisions")).getText();
        assertThat(results).contains("已撤回", "经行政复议，原处罚决定被依法撤销").doesNotContain("违法事实");
    }
}
