package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with a report, and the requests refused with nothing written: another town's reviewer does not
 * see the report (404) nor may draft for the town (403); an officer has no report permission (403); the legal
 * reviewer drafts but does not approve; a bad year, a department instead of a town and an unknown placeholder are
 * refused naming the field.
 */
class RuleOfLawReportScopeTest extends IntegrationTest {

    private static final String BASE = RuleOfLawReportTest.BASE;


    private long draft() {
        return RuleOfLawReportTest.created(api("reviewer").postJson(BASE, """
                {"year":%d,"orgUnitId":%d}""".formatted(data.reportYear(), data.sanxing().id()))).get("id").asLong();
    }

    private int reportCount() {
        return api("leader").get(BASE).json().size();
    }

    @Test
    void another_towns_reviewer_gets_404_for_the_report_and_403_for_drafting_for_the_town() {
        long id = draft();
        String t2 = secondTownReviewer();

        assertThat(api(t2).get(BASE + "/" + id).status()).isEqualTo(404);
        assertThat(api(t2).putJson(BASE + "/" + id + "/sections/shortcomings", "{\"text\":\"改\"}").status())
                .isEqualTo(404);
        int before = reportCount();
        assertThat(api(t2).postJson(BASE, """
                {"year":%d,"orgUnitId":%d}""".formatted(data.reportYear(), data.sanxing().id())).status())
                .isEqualTo(403);
        assertThat(reportCount()).isEqualTo(before);
        assertThat(api(t2).get(BASE).json().toString()).doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void an_officer_may_neither_read_nor_draft_a_report_and_the_reviewer_may_not_approve() {
        long id = draft();

        assertThat(api("officer1").get(BASE + "/" + id).status()).isEqualTo(403);
        assertThat(api("officer1").postJson(BASE, """
                {"year":%d,"orgUnitId":%d}""".formatted(data.reportYear(), data.sanxing().id())).status())
                .isEqualTo(403);
        assertThat(api("reviewer").postJson(BASE + "/" + id + "/approval", "{}").status()).isEqualTo(403);
        assertThat(api("leader").get(BASE + "/" + id).json().get("state").asString()).isEqualTo("DRAFT");
    }

    @Test
    void a_year_before_the_regulation_and_a_department_instead_of_a_town_are_refused_with_nothing_written() {
        int before = reportCount();

        Api.Response year = api("reviewer").postJson(BASE, """
                {"year":2015,"orgUnitId":%d}""".formatted(data.sanxing().id()));
        Api.Response unit = api("reviewer").postJson(BASE, """
                {"year":%d,"orgUnitId":%d}""".formatted(data.reportYear(),
                data.unit(data.sanxing(), "司法所").id()));

        assertThat(year.status()).isEqualTo(422);
        assertThat(year.json().get("detail").asString()).contains("2019");
        assertThat(unit.status()).isEqualTo(422);
        assertThat(unit.json().get("detail").asString()).contains("乡镇");
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void a_placeholder_naming_no_figure_is_refused_and_no_version_is_added() {
        long id = draft();

        Api.Response r = api("reviewer").putJson(BASE + "/" + id + "/sections/shortcomings",
                "{\"text\":\"本年度共{mediation.invented}件\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("{mediation.invented}");
        assertThat(api("reviewer").get(BASE + "/" + id + "/sections/shortcomings/versions").json()).hasSize(1);
    }
}
