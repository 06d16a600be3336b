package org.fazhi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen on a phone (390 px wide) chooses the town, finds its published decisions however the number is typed, and
 * opens and prints one of them; every page carries 大字模式 and the language switch.
 */
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

    private static void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void assertFrameAndNoSidewaysScroll() {
        assertThat(browser.findElements(By.id("fz-large-toggle"))).hasSize(1);
        assertThat(browser.findElements(By.id("lang-en"))).hasSize(1);
        assertThat(browser.findElements(By.id("lang-zh"))).hasSize(1);
        assertThat(browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;"))
                .isEqualTo(false);
    }

    private static void click(WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    @Test
    void a_citizen_on_a_phone_picks_the_town_and_searches_its_enforcement_disclosure() {
        browser.get(baseUrl() + "/");
        assertThat(text("#town-picker")).contains("三星镇", "示例镇");
        assertFrameAndNoSidewaysScroll();
        click(browser.findElement(By.xpath("//*[@id='town-picker']//a[.//h2[text()='三星镇']]")));
        until(d -> d.getCurrentUrl().endsWith(data.portal(data.sanxing(), "")));

        assertThat(text("#portal-home")).isEqualTo("三星镇法治政府公众服务");
        assertThat(text("#portal-publisher")).contains("三星镇人民政府");
        assertFrameAndNoSidewaysScroll();
        click(browser.findElement(By.partialLinkText("执法公示")));
        browser.findElement(By.id("q")).sendKeys("罚款");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        // the list before the search has the same ids: read only once the searched page has replaced it
        until(d -> d.getCurrentUrl().contains("q="));

        String results = text("#decisions");
        assertThat(text("#decision-total")).matches("共 \\d+ 条公示");
        assertThat(results).contains("罚款人民币", "当事人").doesNotContain("海示例");
        assertThat(results).doesNotContainPattern("\\d{17}[\\dXx]").doesNotContainPattern("1[3-9]\\d{9}");
        assertFrameAndNoSidewaysScroll();
        Browser.screenshot(browser, "portal-enforcement-phone");
    }

    @Test
    void the_home_search_counts_as_the_enforcement_search_and_leads_to_all_of_it() {
        browser.get(baseUrl() + data.portal(data.sanxing(), ""));
        browser.findElement(By.id("q")).sendKeys("罚款");
        click(browser.findElement(By.cssSelector("form[role=search] button")));
        until(d -> d.getCurrentUrl().contains("/search?"));

        String counted = text("#section-enforcement .fz-section-total").replaceAll("\\D", "");
        assertFrameAndNoSidewaysScroll();
        click(browser.findElement(By.cssSelector("#section-enforcement .fz-more")));
        until(d -> d.getCurrentUrl().contains("/enforcement?q="));

        assertThat(text("#decision-total")).isEqualTo("共 " + counted + " 条公示");
    }

    @Test
    void a_decision_found_by_its_number_however_typed_has_its_own_printable_page() {
        browser.get(baseUrl() + data.portal(data.sanxing(), "enforcement"));
        // the demo's twelfth published decision of the report year, its number typed with square brackets
        int year = data.reportYear();
        browser.findElement(By.id("q")).sendKeys("[" + year + "]第12号");
        click(browser.findElement(By.cssSelector("form[role=search] button")));
        until(d -> d.getCurrentUrl().contains("q="));
        assertThat(text("#decision-total")).isEqualTo("共 1 条公示");

        click(browser.findElement(By.cssSelector("#decisions .fz-decision-link")));
        until(d -> d.getCurrentUrl().matches(".*/enforcement/\\d+$"));

        assertThat(text("#decision")).contains("海三星综执罚决〔" + year + "〕第12号", "三星镇人民政府", "违法事实",
                "处罚依据");
        assertThat(browser.findElement(By.id("print-decision")).isDisplayed()).isTrue();
        assertFrameAndNoSidewaysScroll();
        Browser.screenshot(browser, "portal-decision-phone");

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.id("print-decision")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("fz-large-toggle")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("decision")).isDisplayed()).isTrue();
            assertThat(text("#portal-publisher")).contains("三星镇人民政府");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void a_withdrawn_decision_shows_only_its_stub_with_the_reason() {
        // the demo decision revoked in the report year (its other decisions numbered 5 stay published)
        browser.get(baseUrl() + data.portal(data.sanxing(), "enforcement") + "?q=" + java.net.URLEncoder.encode(
                "综执罚立〔" + data.reportYear() + "〕第5号", java.nio.charset.StandardCharsets.UTF_8));

        String results = text("#decisions");
        assertThat(results).contains("已撤回", "经行政复议，原处罚决定被依法撤销").doesNotContain("违法事实");
    }

    @Test
    void the_english_switch_and_the_large_font_stay_on_the_town_pages() {
        browser.get(baseUrl() + data.portal(data.sanxing(), "enforcement"));
        click(browser.findElement(By.id("lang-en")));
        until(d -> d.getCurrentUrl().contains("lang=en"));
        try {
            assertThat(text("h1")).isEqualTo("Enforcement decisions");
            click(browser.findElement(By.id("fz-large-toggle")));
            assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("fz-large");
            browser.get(baseUrl() + data.portal(data.sanxing(), "officers"));
            assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("fz-large");
            assertThat(text("#portal-publisher")).contains("People's Government");
            assertFrameAndNoSidewaysScroll();
        } finally {
            browser.get(baseUrl() + data.portal(data.sanxing(), "") + "?lang=zh_CN");
            browser.executeScript("localStorage.removeItem('fz-large');");
        }
    }
}
