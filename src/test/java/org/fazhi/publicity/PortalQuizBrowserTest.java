package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * A villager of 三星镇 answers the open law quiz on the town's portal on a phone (390 px): the questions show no
 * answers; ticking one box of a 多选 question is refused by that question with the other answers kept; handing in
 * shows the score, each right answer, explanation and legal basis.
 */
class PortalQuizBrowserTest extends BrowserTest {

    @BeforeAll
    static void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private static boolean fits() {
        return Boolean.FALSE.equals(browser.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;"));
    }

    @Test
    void a_villager_answers_the_quiz_on_a_phone_and_reads_the_explanations_after_handing_in() {
        browser.get(baseUrl() + data.portal(data.sanxing(), ""));
        click(browser.findElement(By.partialLinkText("在线学法答题")));
        until(d -> d.getCurrentUrl().endsWith("/quizzes"));
        click(browser.findElement(By.partialLinkText("民法典与防范电信网络诈骗学法答题")));
        until(d -> d.findElements(By.id("quiz-answer-form")).size() == 1);

        String page = browser.getPageSource();
        assertThat(page).contains("成年人是指年满多少周岁").doesNotContain("解析", "第十七条", "《中华人民共和国");
        assertThat(fits()).isTrue();
        var questions = browser.findElements(By.cssSelector("#quiz-answer-form fieldset"));
        assertThat(questions).hasSize(10);
        click(questions.get(0).findElement(By.cssSelector("input[value='B']")));
        click(questions.get(2).findElement(By.cssSelector("input[value='A']")));
        new Select(browser.findElement(By.id("villageId"))).selectByVisibleText("东兴村");
        String multiple = questions.get(2).getAttribute("id");
        Browser.screenshot(browser, "portal-quiz-phone");
        click(browser.findElement(By.id("quiz-submit")));
        until(d -> d.findElements(By.id("form-error")).size() == 1);

        assertThat(text("#" + multiple)).contains("答案选项个数不对");
        var again = browser.findElements(By.cssSelector("#quiz-answer-form fieldset"));
        assertThat(again.get(0).findElement(By.cssSelector("input[value='B']")).isSelected()).isTrue();
        click(again.get(2).findElement(By.cssSelector("input[value='B']")));
        click(browser.findElement(By.id("quiz-submit")));
        until(d -> d.findElements(By.id("quiz-score")).size() == 1);

        assertThat(text("#quiz-score")).isEqualTo("得分：1 / 10");
        String result = browser.findElement(By.id("main")).getText();
        assertThat(result).contains("回答正确", "正确答案：B", "法律依据：《中华人民共和国民法典》第十七条、第十八条",
                "回答错误（您的答案：AB）", "正确答案：ABCD");
        assertThat(fits()).isTrue();
        Browser.screenshot(browser, "portal-quiz-result-phone");
    }
}
