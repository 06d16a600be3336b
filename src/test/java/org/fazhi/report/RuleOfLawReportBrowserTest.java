package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The rule-of-law report in a real browser: the reviewer generates the year's draft again after the demo's approved
 * report, finds sections on the left, the text in the middle and the figures with their links on the right, edits a
 * section, and compares the draft with the approved report.
 */
class RuleOfLawReportBrowserTest extends BrowserTest {

    @Test
    void the_reviewer_edits_a_section_sees_its_figure_link_and_compares_the_new_draft_with_the_approved_one() {
        Browser.signIn(browser, baseUrl(), "reviewer", PASSWORD);
        browser.get(baseUrl() + "/reports/rule-of-law");
        type("g-year", String.valueOf(data.reportYear()));
        click(browser.findElement(By.cssSelector("#generate-form button[type=submit]")));
        until(ExpectedConditions.presenceOfElementLocated(By.id("report-editor")));
        click(browser.findElement(By.partialLinkText("依法化解社会矛盾纠纷情况")));
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#report-editor h3"), "（六）"));

        int sections = browser.findElement(By.id("report-sections")).getRect().getX();
        int text = browser.findElement(By.id("section-text")).getRect().getX();
        int figures = browser.findElement(By.id("section-figures")).getRect().getX();
        assertThat(sections).isLessThan(text);
        assertThat(text).isLessThan(figures);
        WebElement accepted = browser.findElement(By.cssSelector("#section-figures [data-figure='mediation.accepted'] a"));
        assertThat(accepted.getAttribute("href")).contains("/mediation/disputes?year=" + data.reportYear());

        WebElement area = browser.findElement(By.id("s-text"));
        area.sendKeys("\n本段已由司法所核对（浏览器测试）。");
        click(browser.findElement(By.cssSelector("#section-form button[type=submit]")));
        assertThat(text(".alert-success")).contains("已保存新版本");
        assertThat(text("#section-text")).contains("本段已由司法所核对（浏览器测试）。");
        assertThat(browser.findElement(By.cssSelector("#section-figures [data-figure='mediation.accepted'] a"))
                .isDisplayed()).isTrue();

        click(browser.findElement(By.id("report-diff-link")));
        until(ExpectedConditions.presenceOfElementLocated(By.id("report-diff")));
        assertThat(text("#diff-against")).contains("比对对象");
        assertThat(text("[data-section='measures.disputes']")).contains("+ 本段已由司法所核对（浏览器测试）。");
        Browser.screenshot(browser, "rule-of-law-report-diff");
    }
}
