package org.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A visit in a real headless Chromium: the public portal, signing in, the dashboards of the roles. */
@Tag("browser")
class StaffAndPortalBrowserTest extends IntegrationTest {

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

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    private void login(String username, String password) {
        Browser.signIn(browser, baseUrl(), username, password);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void a_citizen_sees_the_portal_in_chinese_and_can_switch_to_large_font() {
        browser.get(baseUrl() + "/");
        assertThat(text("#town-picker")).contains("三星镇", "示例镇");
        browser.findElement(By.xpath("//*[@id='town-picker']//a[.//h2[text()='三星镇']]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(data.portal(data.sanxing(), "")));

        assertThat(text("#portal-home")).isEqualTo("三星镇法治政府公众服务");
        assertThat(text("footer")).contains("三星镇人民政府");
        browser.findElement(By.id("fz-large-toggle")).click();
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("fz-large");
        Browser.screenshot(browser, "portal-home");
    }

    @Test
    void the_leader_signs_in_and_sees_the_dashboard_with_the_org_tree_of_sanxing() {
        login("leader", PASSWORD);

        assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
        assertThat(text("#dashboard h1")).contains("您好");
        assertThat(browser.findElement(By.id("dashboard")).getAttribute("data-kind")).isEqualTo("leader");
        String tree = text("#org-tree");
        assertThat(tree).contains("三星镇", "林西村", "司法所", "综合行政执法局").doesNotContain("示例镇");
        assertThat(Integer.parseInt(text("#card-villages"))).isGreaterThanOrEqualTo(26);
        Browser.screenshot(browser, "dashboard-leader");
    }

    @Test
    void a_user_of_the_second_town_sees_nothing_of_sanxing() {
        login("t2-clerk", PASSWORD);

        assertThat(text("#org-tree")).contains("示例镇").doesNotContain("三星镇", "林西村");
    }

    @Test
    void each_administrator_gets_their_own_dashboard_and_navigation() {
        login("admin", PASSWORD);
        assertThat(browser.findElement(By.id("dashboard")).getAttribute("data-kind")).isEqualTo("admin");
        assertThat(text(".fz-sidebar")).contains("用户管理").doesNotContain("审计日志", "角色权限");
        assertThat(text("#section-accounts")).contains("账户概况");

        browser.manage().deleteAllCookies();
        login("secadmin", PASSWORD);
        assertThat(browser.findElement(By.id("dashboard")).getAttribute("data-kind")).isEqualTo("secadmin");
        // 三员分立: the security administrator keeps the administrator accounts, so 用户管理 is theirs too
        assertThat(text(".fz-sidebar")).contains("角色权限", "密码策略", "用户管理").doesNotContain("审计日志", "安全日志");
        assertThat(text("#section-security")).contains("密码与会话策略");
    }

    @Test
    void the_district_supervisor_sees_every_town_of_the_district() {
        login("supervisor", PASSWORD);

        assertThat(text("#section-towns")).contains("三星镇", "示例镇");
        assertThat(text("#org-tree")).contains("三星镇", "示例镇", "林西村");
    }

    @Test
    void a_user_page_of_another_town_is_not_found_for_the_second_towns_administrator() {
        login("admin", PASSWORD);
        browser.get(baseUrl() + "/users?q=leader");
        String href = browser.findElement(By.cssSelector("#user-table tbody a")).getAttribute("href");

        browser.manage().deleteAllCookies();
        login("t2-admin", PASSWORD);
        browser.get(href);

        assertThat(text("h1")).isEqualTo("未找到");
        browser.get(baseUrl() + "/users");
        assertThat(text("#user-table")).doesNotContain("leader").contains("t2-clerk");
    }

    @Test
    void the_auditor_proves_the_audit_chain_untampered_from_the_audit_page() {
        login("auditor", PASSWORD);

        assertThat(text("#section-audit")).contains("审计日志");
        browser.get(baseUrl() + "/audit");
        browser.findElement(By.id("verify-chain")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "审计链完整"));
        Browser.screenshot(browser, "audit-verify");
    }

    @Test
    void a_wrong_password_is_told_in_plain_chinese() {
        login("leader", "not-the-password");

        assertThat(text(".alert-danger")).contains("用户名或密码错误");
    }

    @Test
    void a_page_the_role_may_not_use_answers_a_friendly_403() {
        login("leader", PASSWORD);
        browser.get(baseUrl() + "/users");

        assertThat(text("h1")).isEqualTo("无权访问");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }
}
