package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.FazhiApplication;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A citizen applies for disclosure on the portal in a real browser and follows the application by its code. */
class DisclosurePortalBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.fazhi.deadline.OfficialCalendar calendar;

    @Test
    void a_citizen_submits_an_application_on_the_portal_and_follows_it_with_the_tracking_code() {
        browser.get(baseUrl() + data.portal(data.sanxing(), "disclosure/apply"));
        assertThat(text("#apply-authority")).contains("三星镇人民政府");
        browser.findElement(By.id("applicantName")).sendKeys("钱浏览");
        browser.findElement(By.id("idNumber")).sendKeys("320605198001011111");
        browser.findElement(By.id("phone")).sendKeys("13700001234");
        browser.findElement(By.id("content")).sendKeys("三星镇2025年道路养护经费使用情况");
        browser.findElement(By.id("apply-form")).submit();

        String code = text("#new-code");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        Browser.screenshot(browser, "disclosure-applied");

        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + data.portal(data.sanxing(), "disclosure/track"));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("code")).submit();

        assertThat(text("#track-status")).isEqualTo("办理中");
        assertThat(text("#track-result")).contains(LocalDate.now(FazhiApplication.ZONE).toString())
                .doesNotContain("钱浏览", "320605198001011111", "13700001234");
        String due = text("#track-due .fz-date");
        assertThat(due).matches("\\d{4}-\\d{2}-\\d{2}");
        // a reply due in a year whose official calendar is not entered yet says so in plain words
        boolean entered = calendar.snapshot().isLoaded(LocalDate.parse(due).getYear());
        assertThat(present("track-due") && !browser.findElements(By.cssSelector("#track-due .fz-provisional-note"))
                .isEmpty()).isEqualTo(!entered);
    }

    @Test
    void a_form_missing_required_fields_says_which_and_keeps_what_was_typed() {
        browser.get(baseUrl() + data.portal(data.sanxing(), "disclosure/apply"));
        browser.findElement(By.id("applicantName")).sendKeys("孙未填");
        browser.findElement(By.id("apply-form")).submit();

        assertThat(text("#apply-errors")).contains("申请未提交");
        assertThat(browser.findElement(By.id("applicantName")).getAttribute("value")).isEqualTo("孙未填");
        assertThat(text("#content-error")).contains("必填");
        assertThat(browser.findElement(By.id("phone")).getAttribute("class")).contains("is-invalid");
    }

    @Test
    void the_catalogue_is_searchable_on_the_portal() {
        browser.get(baseUrl() + data.portal(data.sanxing(), "disclosure") + "?q=" + "生活保障");

        assertThat(text("#catalogue-items")).contains("最低生活保障");
        browser.get(browser.findElement(By.cssSelector("#catalogue-items a")).getAttribute("href"));
        assertThat(text("h1")).contains("最低生活保障");
    }
}
