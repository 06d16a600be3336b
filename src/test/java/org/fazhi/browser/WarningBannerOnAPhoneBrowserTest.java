package org.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A warning in force is a banner of its colour at the top of the town's portal front page, rendered in the page
 * itself: on a 390 px phone in 大字模式 it is readable (text at least 20 px, dark on yellow) and the page does not
 * scroll sideways.
 */
class WarningBannerOnAPhoneBrowserTest extends BrowserTest {

    private static final String MEASURE = """
            const b = document.querySelector('.fz-notice-yellow');
            const s = getComputedStyle(b);
            return {
              background: s.backgroundColor,
              colour: s.color,
              text: parseFloat(getComputedStyle(b.querySelector('p:last-child')).fontSize),
              width: document.scrollingElement.scrollWidth,
              bannerWidth: b.getBoundingClientRect().width
            };""";

    @BeforeEach
    void aPhoneInLargeText() {
        browser.manage().deleteAllCookies();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", LargeTextOnAPhoneBrowserTest.PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2,
                        "mobile", true));
        browser.get(baseUrl() + "/?lang=zh_CN");
        browser.executeScript("localStorage.setItem('fz-large', '1');");
    }

    @AfterEach
    void aDesktopAgain() {
        browser.executeScript("localStorage.removeItem('fz-large');");
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> measure() {
        return (Map<String, Object>) browser.executeScript(MEASURE);
    }

    @Test
    void the_yellow_warning_is_a_readable_yellow_banner_at_the_top_of_the_front_page_on_a_phone_in_large_text() {
        browser.get(baseUrl() + data.portal(data.sanxing(), "") + "?lang=zh_CN");

        WebElement banner = browser.findElement(By.cssSelector("#portal-notices .fz-notice-yellow"));
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getText()).contains("三级（黄色）预警", "大风黄色预警", "防御措施");
        Map<String, Object> m = measure();
        assertThat(m.get("background")).isEqualTo("rgb(249, 200, 0)");
        assertThat(m.get("colour")).isEqualTo("rgb(26, 26, 26)");
        assertThat(((Number) m.get("text")).doubleValue()).isGreaterThanOrEqualTo(20);
        assertThat(((Number) m.get("width")).longValue()).isLessThanOrEqualTo(LargeTextOnAPhoneBrowserTest.PHONE_WIDTH);
        // the banner comes before the services: the first thing a citizen sees under the header
        assertThat(browser.findElement(By.cssSelector("#portal-notices + *")).getAttribute("class"))
                .contains("fz-portal-hero");
    }

    @Test
    void the_banner_speaks_english_on_the_english_page() {
        browser.get(baseUrl() + data.portal(data.sanxing(), "") + "?lang=en");

        WebElement banner = browser.findElement(By.cssSelector("#portal-notices .fz-notice-yellow"));
        assertThat(banner.getText()).contains("Level 3 (yellow) warning", "What to do:");
        assertThat(((Number) measure().get("width")).longValue())
                .isLessThanOrEqualTo(LargeTextOnAPhoneBrowserTest.PHONE_WIDTH);
    }
}
