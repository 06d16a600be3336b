package org.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real Chromium: the audit administrator reads the trail in words, narrowing it with lists, and finds a failed
 * sign-in among the security events (desktop); a citizen who mistypes a phone number on a town's portal, on a phone,
 * is told in plain words next to the field, with everything typed kept.
 */
class ReadableTrailAndPlainMessagesBrowserTest extends BrowserTest {

    @Test
    void the_auditor_narrows_the_trail_with_lists_reads_it_in_words_and_finds_a_failed_sign_in() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        String tried = "nobody-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        Browser.signIn(browser, baseUrl(), tried, "not-a-password");
        assertThat(text(".alert-danger")).contains("用户名或密码错误");

        Browser.signIn(browser, baseUrl(), "auditor", PASSWORD);
        browser.get(baseUrl() + "/audit");
        new Select(browser.findElement(By.id("entityType"))).selectByVisibleText("行政处罚案件");
        click(browser.findElement(By.cssSelector("#audit-filter button[type=submit]")));
        until(d -> d.getCurrentUrl().contains("entityType="));

        String trail = text("#audit-table");
        assertThat(trail).contains("行政处罚案件").containsAnyOf("新建", "状态变更")
                .doesNotContain("PenaltyCase", "{\"", "@", "null");
        Browser.screenshot(browser, "audit-in-words");

        click(browser.findElement(By.id("audit-security-log")));
        until(d -> d.getCurrentUrl().contains("/security/log"));
        assertThat(text("#security-log-table")).contains(tried, "登录失败");
    }

    @Test
    void a_mistyped_phone_on_the_portal_is_told_in_plain_words_on_a_phone_and_nothing_typed_is_lost() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(baseUrl() + data.portal(data.secondTown(), "mediation/apply"));
        new Select(browser.findElement(By.id("villageId"))).selectByVisibleText("示例一村");
        type("applicantName", "手机申请人乙");
        type("applicantPhone", "12345");
        type("summary", "院墙外排水沟堵塞");
        click(browser.findElement(By.id("apply-submit")));
        until(d -> !d.findElements(By.id("applicantPhone-error")).isEmpty()
                && !d.findElement(By.id("applicantPhone-error")).getText().isBlank());

        assertThat(text("#applicantPhone-error")).contains("电话号码格式不正确", "11位手机号");
        assertThat(browser.getPageSource()).doesNotContain("正则", "must match", "Pattern", "java.");
        assertThat(browser.findElement(By.id("applicantName")).getDomProperty("value")).isEqualTo("手机申请人乙");
        assertThat(browser.findElement(By.id("summary")).getDomProperty("value")).isEqualTo("院墙外排水沟堵塞");
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;"))
                .isEqualTo(true);
        Browser.screenshot(browser, "portal-phone-message");
    }
}
