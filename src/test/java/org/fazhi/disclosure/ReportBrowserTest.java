package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The annual disclosure report page in a real browser: the leader reads it, the clerk writes section 五. */
class ReportBrowserTest extends BrowserTest {

    @Test
    void the_leader_opens_the_report_from_the_menu_and_sees_table_three_and_the_consistency_result() {
        Browser.signIn(browser, baseUrl(), "leader", PASSWORD);
        browser.findElement(By.linkText("年度报告")).click();

        assertThat(text("#report-title")).contains("三星镇人民政府").contains("政府信息公开工作年度报告");
        String table3 = text("#table3");
        assertThat(table3).contains("一、本年新收政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开",
                "（七）总计", "四、结转下年度继续办理", "自然人", "法人或其他组织");
        assertThat(text("#consistency")).contains("勾稽关系正确");
        assertThat(present("report-text-form")).isFalse();
        Browser.screenshot(browser, "disclosure-annual-report");
    }

    @Test
    void the_clerk_edits_section_five_and_it_shows() {
        Browser.signIn(browser, baseUrl(), "clerk", PASSWORD);
        browser.get(baseUrl() + "/disclosure/annual-report");
        new Select(browser.findElement(By.id("year"))).selectByValue("2023");
        browser.findElement(By.id("report-filter")).submit();
        assertThat(text("#report-title")).contains("2023年");

        WebElement problems = browser.findElement(By.id("problems"));
        problems.clear();
        problems.sendKeys("2023年主要问题：公开栏更新不及时（浏览器测试）");
        browser.findElement(By.id("report-text-form")).submit();

        assertThat(text(".alert-success")).contains("年度报告已保存");
        assertThat(text("#section-5-text")).isEqualTo("2023年主要问题：公开栏更新不及时（浏览器测试）");
        assertThat(text("#report-title")).contains("2023年");
    }
}
