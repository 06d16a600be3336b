package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.fazhi.support.Api;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * A villager of 林西村 asks a legal question on 三星镇's portal on a phone (390 px), keeps the tracking code, reads the
 * advisor's answer by the code, and finds it among the published answers with the name and phone number hidden; the
 * service points and the broadcasts read on the same phone.
 */
class PortalLegalQuestionBrowserTest extends BrowserTest {

    @BeforeAll
    static void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private static boolean fits() {
        return Boolean.FALSE.equals(browser.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;"));
    }

    @Test
    void a_villager_asks_on_a_phone_reads_the_answer_by_the_code_and_finds_it_published_without_name_or_phone() {
        browser.get(baseUrl() + data.portal(data.sanxing(), ""));
        click(browser.findElement(By.partialLinkText("法律咨询")));
        until(d -> d.getCurrentUrl().contains("/legal-questions"));
        browser.get(baseUrl() + data.portal(data.sanxing(), "legal-questions/ask"));

        new Select(browser.findElement(By.id("orgUnitId"))).selectByVisibleText("林西村");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("邻里纠纷");
        type("question", "我是孙浏览，电话13955557777，邻居的树枝伸到我家院子里（浏览器测试）");
        type("contactName", "孙浏览");
        type("contactPhone", "13955557777");
        click(browser.findElement(By.id("publishConsent")));
        assertThat(fits()).isTrue();
        Browser.screenshot(browser, "portal-legal-question-ask-phone");
        click(browser.findElement(By.id("ask-submit")));
        until(d -> d.getCurrentUrl().contains("/legal-questions/track"));

        String code = text("#new-code");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(text("#track-state")).isEqualTo("待解答");
        assertThat(browser.getPageSource()).doesNotContain("孙浏览", "13955557777");

        long id = 0;
        for (var n : api("village-counsel").get("/api/v1/legal-questions?size=100").json().get("items")) {
            if (n.get("trackingCode").asString().equals(code)) {
                id = n.get("id").asLong();
            }
        }
        Api.Response answered = api("village-counsel").postJson("/api/v1/legal-questions/" + id + "/answer",
                "{\"text\":\"孙浏览您好：可请邻居修剪，协商不成可申请村调委会调解（浏览器测试）。\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + data.portal(data.sanxing(), "legal-questions/track"));
        type("code", code.replace("-", "").toLowerCase(Locale.ROOT));
        click(browser.findElement(By.id("track-submit")));
        until(d -> d.getCurrentUrl().contains("code="));
        assertThat(text("#track-state")).isEqualTo("已解答");
        assertThat(text("#track-answer")).contains("孙某您好", "村调委会调解");
        assertThat(fits()).isTrue();

        browser.get(baseUrl() + data.portal(data.sanxing(), "legal-questions?size=100"));
        assertThat(browser.getPageSource()).contains("我是孙某", "树枝伸到我家院子里（浏览器测试）")
                .doesNotContain("孙浏览", "13955557777");
        assertThat(fits()).isTrue();
        Browser.screenshot(browser, "portal-legal-questions-published-phone");
    }

    @Test
    void the_service_points_and_the_broadcasts_read_on_a_phone() {
        browser.get(baseUrl() + data.portal(data.sanxing(), "legal-services/service-points"));
        assertThat(text("main")).contains("三星镇公共法律服务中心", "公调对接站");
        assertThat(fits()).isTrue();

        browser.get(baseUrl() + data.portal(data.sanxing(), "legal-services/broadcasts"));
        assertThat(text("main")).contains("防范电信网络诈骗", "警官", "农村土地承包纠纷怎么办", "法官");
        assertThat(present("fz-large-toggle") && present("lang-en")).isTrue();
        assertThat(fits()).isTrue();
        Browser.screenshot(browser, "portal-legal-broadcasts-phone");
    }
}
