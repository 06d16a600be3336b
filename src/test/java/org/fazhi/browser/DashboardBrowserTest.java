package org.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.support.Browser;
import org.fazhi.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboards in a real browser, as each role sees them once htmx has loaded the sections: every figure names its
 * period and opens the list of what it counts; the work list comes in the order of what needs action; the
 * administrators get no business section.
 */
class DashboardBrowserTest extends BrowserTest {

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    private void dashboardOf(String user, String... sections) {
        Browser.signIn(browser, baseUrl(), user, PASSWORD);
        browser.get(baseUrl() + "/dashboard");
        for (String id : sections) {
            until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        }
    }

    @Test
    void the_leaders_late_publication_figure_names_its_year_and_opens_the_decisions_it_counts() {
        dashboardOf("leader", "section-publications");
        WebElement late = browser.findElement(By.cssSelector("#section-publications a[data-figure='publication-late']"));
        String value = late.findElement(By.id("publication-late")).getText();
        String year = String.valueOf(java.time.LocalDate.now(org.fazhi.FazhiApplication.ZONE).getYear());
        assertThat(late.getText()).contains("逾期公示", "本年（" + year + "年）");

        click(late);
        until(ExpectedConditions.urlContains("count=LATE"));

        assertThat(text("#publication-filter-active")).contains(year + "年", "逾期公示");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("共 " + value + " 条");
        Browser.screenshot(browser, "publications-late");
    }

    @Test
    void the_deadline_section_lists_overdue_first_and_leads_to_the_record() {
        dashboardOf("leader", "deadline-section");
        List<String> groups = browser.findElements(By.cssSelector("#deadline-section-list h3")).stream()
                .map(e -> e.getAttribute("data-urgency")).toList();
        assertThat(groups).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparing(
                org.fazhi.shared.web.WorkItem.Urgency::valueOf));
        assertThat(text("#deadline-section")).doesNotContain("届满");
        Browser.screenshot(browser, "dashboard-leader-worklist");

        WebElement first = browser.findElement(By.cssSelector("#deadline-section-list li.fz-work-item a"));
        String label = first.getText();
        click(first);
        until(driver -> !driver.getCurrentUrl().endsWith("/dashboard"));

        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(browser.findElement(By.tagName("main")).getText()).isNotBlank();
        assertThat(label).isNotBlank();
    }

    @Test
    void the_system_administrator_sees_no_business_section_and_no_officer_register() {
        dashboardOf("admin", "section-accounts");

        assertThat(present("deadline-section")).isFalse();
        assertThat(present("section-publications")).isFalse();
        assertThat(text(".fz-sidebar")).doesNotContain("执法人员");
        browser.get(baseUrl() + "/officers");
        assertThat(browser.getPageSource()).doesNotContain("officer-table");
    }
}
