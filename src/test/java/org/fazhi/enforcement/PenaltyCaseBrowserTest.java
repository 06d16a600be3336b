package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One ordinary-procedure case walked from filing to closure through the pages in a real Chromium, as the officers,
 * the leader and the legal reviewer would: approvals, notice, waiver of statement, legal review with the counsel's
 * opinion, collective discussion, decision, service, payment and closure, with a refused step on the way.
 */
@Tag("browser")
class PenaltyCaseBrowserTest extends IntegrationTest {

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

    private void signInAs(String username) {
        Browser.signIn(browser, baseUrl(), username, PASSWORD);
    }

    /** Clicks like a user: the element is scrolled to the middle of the window first (Bootstrap scrolls smoothly, so the scroll is made instant). */
    private static void click(WebElement e) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }

    private static void click(By by) {
        click(browser.findElement(by));
    }

    private void openCase(String url) {
        browser.get(url);
    }

    private String state() {
        return browser.findElement(By.id("case-state")).getText();
    }

    /** Whether the page shows the element now (no implicit wait: absence is the normal case). */
    private static boolean shows(String id) {
        return !Browser.now(browser, By.id(id)).isEmpty();
    }

    private static String refusal() {
        return shows("form-error") ? browser.findElement(By.id("form-error")).getText() : "";
    }

    /** Submits a form like a user and waits for the next page: the click returns before it has loaded. */
    private static void submitAndWait(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        click(button);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(Browser.gone(page));
    }

    private void sign(String stage) {
        new Select(browser.findElement(By.id("a-stage"))).selectByValue(stage);
        submitAndWait(browser.findElement(By.id("approval-submit")));
        assertThat(refusal()).as("approval %s refused", stage).isEmpty();
    }

    private WebElement stepForm(String step) {
        return browser.findElement(By.cssSelector("#form-" + step + " form"));
    }

    private void officers(String step, int count) {
        List<WebElement> boxes = stepForm(step).findElements(By.name("officerIds"));
        for (int i = 0; i < count; i++) {
            click(boxes.get(i));
        }
    }

    private void submit(String step) {
        submitAndWait(stepForm(step).findElement(By.cssSelector("button[data-submit='" + step + "']")));
    }

    private void take(String step) {
        submit(step);
        assertThat(refusal()).as("step %s refused", step).isEmpty();
    }

    @Test
    void an_ordinary_case_goes_from_filing_to_closure_through_the_pages_and_reaches_the_publication_desk() {
        signInAs("officer1");
        browser.get(baseUrl() + "/enforcement/cases/new");
        browser.findElement(By.id("title")).sendKeys("浏览器测试擅自占用绿地案");
        new Select(browser.findElement(By.id("partyType"))).selectByValue("NATURAL_PERSON");
        browser.findElement(By.id("partyName")).sendKeys("吴晓东");
        browser.findElement(By.id("partyIdNumber")).sendKeys("320604199103031234");
        browser.findElement(By.id("violation")).sendKeys("吴晓东在三星镇东方路擅自占用公共绿地堆放建材");
        browser.findElement(By.id("legalBasis")).sendKeys("《城市绿化条例》第二十七条");
        click(By.id("collective"));
        submitAndWait(browser.findElement(By.id("case-submit")));
        String caseUrl = browser.getCurrentUrl();
        assertThat(caseUrl).matches(".*/enforcement/cases/\\d+$");
        assertThat(state()).isEqualTo("立案");
        String caseNumber = browser.findElement(By.cssSelector("h1 span")).getText();
        Browser.screenshot(browser, "case-filed");

        // investigation is refused until the filing approval is complete, and the page says why
        assertThat(browser.findElement(By.id("why-not")).getText()).contains("调查取证", "尚未完成立案审批");
        sign("FILING");
        signInAs("leader");
        openCase(caseUrl);
        sign("FILING");

        signInAs("officer1");
        openCase(caseUrl);
        officers("INVESTIGATE", 2);
        take("INVESTIGATE");
        assertThat(state()).isEqualTo("调查取证");
        click(By.id("pk-WARNING"));
        click(By.id("pk-FINE"));
        browser.findElement(By.id("p-fine")).sendKeys("2000");
        submitAndWait(browser.findElement(By.cssSelector("#proposal-form button")));
        assertThat(browser.findElement(By.id("proposal")).getText()).contains("警告", "罚款人民币2000元");
        sign("PROPOSAL");
        signInAs("leader");
        openCase(caseUrl);
        sign("PROPOSAL");

        // the notice names two officers: with one, the page refuses and says why in Chinese
        signInAs("officer1");
        openCase(caseUrl);
        officers("NOTIFY", 1);
        submit("NOTIFY");
        assertThat(browser.findElement(By.id("form-error")).getText()).contains("至少2名", "行政执法证");
        assertThat(state()).isEqualTo("调查取证");
        openCase(caseUrl);
        officers("NOTIFY", 2);
        take("NOTIFY");
        assertThat(state()).isEqualTo("告知");
        assertThat(browser.findElement(By.id("why-not")).getText()).contains("作出决定", "陈述申辩");
        stepForm("WAIVE_STATEMENT").findElement(By.name("note")).sendKeys("当事人书面明确放弃陈述申辩");
        take("WAIVE_STATEMENT");
        take("SUBMIT_REVIEW");
        assertThat(state()).isEqualTo("法制审核");

        signInAs("reviewer");
        openCase(caseUrl);
        browser.findElement(By.id("opinion")).sendKeys("事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。");
        browser.findElement(By.id("counselOpinion")).sendKeys("经审查，同意法制审核意见。");
        take("REVIEW");
        assertThat(state()).isEqualTo("集体讨论");

        signInAs("leader");
        openCase(caseUrl);
        stepForm("DISCUSS").findElement(By.name("note")).sendKeys("经负责人集体讨论，同意拟处罚意见。");
        take("DISCUSS");
        signInAs("officer1");
        openCase(caseUrl);
        sign("DECISION");
        signInAs("leader");
        openCase(caseUrl);
        sign("DECISION");
        sign("DECISION");
        sign("DECISION");
        assertThat(browser.findElement(By.id("approval-status")).getText()).contains("处罚决定审批已全部签署");

        signInAs("officer1");
        openCase(caseUrl);
        take("DECIDE");
        assertThat(state()).isEqualTo("决定");
        assertThat(browser.findElement(By.id("decision")).getText()).matches(".*海三星罚决字〔\\d{4}〕第\\d+号.*");
        officers("SERVE", 2);
        take("SERVE");
        take("PAY");
        take("CLOSE");
        assertThat(state()).isEqualTo("结案");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("立案", "调查取证", "送达行政处罚事先告知书",
                "记录放弃陈述申辩", "法制审核", "负责人集体讨论", "作出决定", "送达行政处罚决定书", "缴纳罚款", "结案");
        Browser.screenshot(browser, "case-closed");

        signInAs("reviewer");
        browser.get(baseUrl() + "/publications?tab=PENDING&q=" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8));
        String desk = browser.findElement(By.tagName("main")).getText();
        assertThat(desk).contains(caseNumber, "吴某").doesNotContain("吴晓东");
        Browser.screenshot(browser, "publication-desk");
    }
}
