package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * The report pages: the list with the demo reports and the form to generate; the editor with sections, text and the
 * figures' links; a refused edit shown by its field with the text kept; approval only for the leader; the portal page
 * of published reports.
 */
class RuleOfLawReportPagesTest extends IntegrationTest {

    @Test
    void the_reviewer_generates_and_edits_a_draft_on_the_pages_and_a_refused_text_is_kept_by_its_field() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        HttpResponse<String> list = reviewer.get("/reports/rule-of-law");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("generate-form", "report-table", "草稿");

        HttpResponse<String> created = reviewer.postForm("/reports/rule-of-law",
                Map.of("year", String.valueOf(data.reportYear()), "orgUnitId", String.valueOf(data.sanxing().id())));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/reports/rule-of-law/"));
        HttpResponse<String> editor = reviewer.get(path + "?section=measures.disputes");
        assertThat(editor.body()).contains("（六）依法化解社会矛盾纠纷情况", "section-form", "section-figures",
                "/mediation/disputes?year=" + data.reportYear()).doesNotContain("report-approve");

        HttpResponse<String> refused = reviewer.postForm(path + "/sections/measures.disputes",
                Map.of("text", "共{mediation.invented}件（页面测试）"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("{mediation.invented}", "共{mediation.invented}件（页面测试）");

        HttpResponse<String> saved = reviewer.postForm(path + "/sections/measures.disputes",
                Map.of("text", "共受理纠纷{mediation.accepted}件（页面测试）"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(reviewer.get(path + "?section=measures.disputes").body()).contains("（页面测试）", "第2版");
        assertThat(StaffSession.signIn(baseUrl(), "leader", PASSWORD).get(path).body()).contains("report-approve");
    }

    @Test
    void the_portal_page_shows_the_published_reports_of_the_town() {
        HttpResponse<String> page = StaffSession.anonymous(baseUrl()).get(data.portal(data.sanxing(), "reports"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("法治政府建设年度报告");
    }
}
