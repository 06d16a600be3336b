package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.fazhi.FazhiApplication;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.fazhi.support.Docx;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One application in a real Chromium: the disclosure clerk registers it from a letter, asks for a supplement, records
 * the supplement, extends the answer period, decides, and downloads the reply letter.
 */
class ApplicationBrowserTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(FazhiApplication.ZONE);

    /** Submits a next step's form and waits for the new page, which must say it was saved. */
    private void submit(String submitId) {
        WebElement before = browser.findElement(By.id("case-number"));
        click(browser.findElement(By.id(submitId)));
        until(Browser.gone(before));
        until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")),
                ExpectedConditions.presenceOfElementLocated(By.id("form-error"))));
        assertThat(present("form-error")).as(browser.getPageSource()).isFalse();
    }

    private void openStep(String stepId) {
        click(browser.findElement(By.cssSelector("#" + stepId + " > summary")));
    }

    private String status() {
        return browser.findElement(By.id("application-status")).getText();
    }

    @Test
    void the_clerk_takes_a_mailed_application_from_registration_to_the_reply_letter() throws Exception {
        Browser.signIn(browser, baseUrl(), "clerk", PASSWORD);
        browser.get(baseUrl() + "/disclosure/applications");
        click(browser.findElement(By.id("new-application")));
        until(ExpectedConditions.urlContains("/disclosure/applications/new"));

        new Select(browser.findElement(By.id("channel"))).selectByValue("REGISTERED_MAIL");
        assertThat(browser.findElement(By.id("channel-help")).getText()).contains("以本机关签收之日为收到申请之日");
        date("receivedOn", TODAY);
        type("applicantName", "浏览器申请人");
        type("idNumber", "320602198811112222");
        type("phone", "13655556666");
        type("address", "三星镇浏览路9号");
        type("content", "三星镇2025年河道整治工程招标文件");
        click(browser.findElement(By.id("application-submit")));
        until(ExpectedConditions.urlMatches(".*/disclosure/applications/\\d+$"));
        String number = browser.findElement(By.id("case-number")).getText();
        assertThat(number).startsWith("三星镇依申请公开〔");
        assertThat(status()).isEqualTo("办理中");
        assertThat(browser.findElement(By.id("due-on")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");

        openStep("step-supplement-request");
        type("s-items", "所需信息的具体名称\n工程所在的村");
        date("s-supplementDueOn", TODAY.plusDays(15));
        submit("supplement-request-submit");
        assertThat(status()).isEqualTo("待补正");
        assertThat(present("due-on")).isFalse();
        assertThat(browser.findElement(By.id("supplement-info")).getText()).contains("所需信息的具体名称", "工程所在的村");
        assertThat(present("step-extension")).isFalse();
        assertThat(browser.findElement(By.id("doc-SUPPLEMENT")).isDisplayed()).isTrue();

        openStep("step-supplement-received");
        submit("supplement-received-submit");
        assertThat(status()).isEqualTo("办理中");

        openStep("step-extension");
        assertThat(browser.findElement(By.id("e-days")).getAttribute("value")).isEqualTo("20");
        type("e-approvedBy", "周主任，政务公开办公室主任");
        type("e-reason", "需要向县水利局调取招标档案");
        submit("extension-submit");
        assertThat(browser.findElement(By.id("extension-info")).getText()).contains("20", "周主任");
        assertThat(present("step-extension")).isFalse();
        assertThat(browser.findElement(By.id("application-timeline")).getText()).contains("告知补正", "收到补正",
                "延长答复期限");

        openStep("step-decision");
        new Select(browser.findElement(By.id("d-outcome"))).selectByValue("PARTIALLY_DISCLOSED");
        type("d-reason", "投标人报价涉及商业秘密，已作区分处理。");
        submit("decision-submit");
        assertThat(status()).isEqualTo("已答复");
        assertThat(present("next-steps")).isFalse();
        assertThat(browser.findElement(By.id("decision-info")).getText()).contains("部分公开");
        Browser.screenshot(browser, "disclosure-application-decided");

        String href = browser.findElement(By.id("doc-REPLY")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Docx.text(reply.body())).contains("政府信息公开申请答复书", number, "浏览器申请人",
                "您申请的政府信息部分公开", "投标人报价涉及商业秘密");
    }
}
