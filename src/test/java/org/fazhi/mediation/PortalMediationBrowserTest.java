package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * A citizen of 示例镇 asks for mediation on the town's portal on a phone (390 px), keeps the tracking code, and later
 * follows the request by typing the code however it comes — seeing its state, dates and the committee's phone, and
 * nothing personal.
 */
class PortalMediationBrowserTest extends BrowserTest {

    @BeforeAll
    static void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private static boolean fits() {
        return Boolean.FALSE.equals(browser.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;"));
    }

    @Test
    void a_citizen_applies_for_mediation_on_the_towns_portal_and_follows_it_by_its_code() {
        browser.get(baseUrl() + data.portal(data.secondTown(), ""));
        click(browser.findElement(By.partialLinkText("申请人民调解")));
        until(d -> d.getCurrentUrl().endsWith("/mediation/apply"));

        Select villages = new Select(browser.findElement(By.id("villageId")));
        assertThat(villages.getOptions()).extracting(o -> o.getText()).contains("示例一村", "示例二村")
                .doesNotContain("林西村");
        assertThat(text("#committee-contact")).contains("0513-0000 0201", "示例镇人民政府一楼");
        assertThat(present("fz-large-toggle") && present("lang-en")).isTrue();
        assertThat(fits()).isTrue();
        villages.selectByVisibleText("示例一村");
        type("applicantName", "手机申请人");
        type("applicantPhone", "13955556666");
        type("summary", "邻居在公共通道堆放杂物");
        Browser.screenshot(browser, "portal-mediation-apply-phone");
        click(browser.findElement(By.id("apply-submit")));
        until(d -> d.getCurrentUrl().contains("/mediation/track"));

        String code = text("#new-code");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(text("#track-status")).isEqualTo("已受理，等待调解");

        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + data.portal(data.secondTown(), "mediation/track"));
        type("code", code.replace("-", "").toLowerCase(Locale.ROOT));
        click(browser.findElement(By.id("track-submit")));
        until(d -> d.getCurrentUrl().contains("code="));

        String result = text("#track-result");
        assertThat(result).contains("镇人民调解委员会", "已受理，等待调解", "预计办结日期");
        assertThat(browser.getPageSource()).doesNotContain("手机申请人", "13955556666", "公共通道");
        assertThat(text("#committee-phone")).isEqualTo("0513-0000 0201");
        assertThat(present("fz-large-toggle") && present("lang-en")).isTrue();
        assertThat(fits()).isTrue();
        Browser.screenshot(browser, "portal-mediation-track-phone");
    }
}
