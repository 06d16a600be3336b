package org.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real Chromium, the leader opens a major decision matter, is told next to the field that a consultation opened
 * 2025-03-01 runs to 2025-03-31 at least (art. 14) with what was typed kept, opens it with a reason, and sees the
 * decision waiting for its consultation to close, with the steps the procedure now allows.
 */
class MajorDecisionBrowserTest extends BrowserTest {

    @Test
    void the_leader_opens_a_matter_and_its_consultation_on_the_decision_page() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        Browser.signIn(browser, baseUrl(), "leader", PASSWORD);
        browser.get(baseUrl() + "/legality/decisions");
        String title = "浏览器里立项的决策（测试）" + Long.toString(System.nanoTime() % 100_000, 36);
        type("d-title", title);
        new Select(browser.findElement(By.id("d-scope"))).selectByVisibleText("重大公共建设项目");
        click(browser.findElement(By.id("decision-submit")));
        until(d -> d.getCurrentUrl().matches(".*/legality/decisions/\\d+$"));
        assertThat(text("#decision-title")).isEqualTo(title);
        assertThat(text("#decision-state")).isEqualTo("已立项");
        assertThat(text("#decision-missing")).contains("公开征求意见");

        date("consultation-opensOn", LocalDate.of(2025, 3, 1));
        date("consultation-closesOn", LocalDate.of(2025, 3, 20));
        type("consultation-draft", "浏览器里输入的草案");
        click(browser.findElement(By.id("consultation-submit")));
        until(d -> present("closesOn-error"));
        assertThat(text("#closesOn-error")).contains("第14条", "2025-03-31");
        assertThat(browser.findElement(By.id("consultation-draft")).getDomProperty("value"))
                .isEqualTo("浏览器里输入的草案");
        assertThat(browser.findElement(By.id("consultation-closesOn")).getDomProperty("value"))
                .isEqualTo("2025-03-20");

        type("consultation-reason", "汛期前必须开工");
        click(browser.findElement(By.id("consultation-submit")));
        until(d -> d.findElement(By.id("decision-state")).getText().equals("公开征求意见中"));
        assertThat(text("#decision-consultation")).contains("2025-03-20", "汛期前必须开工", "浏览器里输入的草案");
        assertThat(text("#decision-missing")).contains("2025-03-20");
        assertThat(present("summary-form")).isTrue();
        assertThat(present("discussion-form")).isFalse();
        Browser.screenshot(browser, "major-decision");
    }
}
