package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Table 四 of the annual disclosure report (政府信息公开行政复议、行政诉讼情况) counts the lawsuits and reconsiderations of
 * the litigation module whose challenged act is a disclosure application — the one record of such a case. Cases are
 * received in 2021, a year no other test and no demo record counts in table 四.
 */
class DisclosureChallengeTableTest extends IntegrationTest {

    private static final String CASES = LitigationCaseTest.CASES;

    /** An application of 三星镇 registered by the clerk in 2021: the reply the cases challenge. */
    private long application() {
        Api.Response r = api("clerk").postJson("/api/v1/disclosure/applications", """
                {"receivedOn":"2021-02-01","channel":"IN_PERSON","applicantType":"NATURAL_PERSON",
                 "applicantName":"钱某某","idNumber":"320684199001011234","phone":"13800001111",
                 "address":"海门区三星镇人民路1号","content":"2020年本镇拆迁补偿标准"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long receive(String kind, long application, String receivedOn, boolean afterReconsideration) {
        Api.Response r = api("reviewer").postJson(CASES, """
                {"kind":"%s","orgUnitId":%d,"caseNumber":"表四%s","body":"南通市海门区人民政府",
                 "applicant":{"name":"钱某某"},"challengedAct":{"type":"DISCLOSURE_APPLICATION","id":%d},
                 "copyReceivedOn":"%s","afterReconsideration":%s}"""
                .formatted(kind, data.sanxing().id(), System.nanoTime(), application, receivedOn,
                        afterReconsideration));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private void conclude(long id, String on, String outcome) {
        Api.Response r = api("reviewer").postJson(CASES + "/" + id + "/conclusion",
                "{\"concludedOn\":\"%s\",\"outcome\":\"%s\"}".formatted(on, outcome));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** A cell of table 四 of 三星镇's 2021 report as the clerk reads it through the disclosure API. */
    private long cell(String column) {
        Api.Response r = api("clerk").get("/api/v1/disclosure/annual-report/2021?orgUnit=" + data.sanxing().id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode table = r.json().get("table4");
        int i = 0;
        for (JsonNode c : table.get("columns")) {
            if (c.asString().equals(column)) {
                return table.get("rows").get(0).get("values").get(i).asLong();
            }
            i++;
        }
        throw new AssertionError("no column " + column);
    }

    @Test
    void a_disclosure_reconsideration_revoked_in_litigation_moves_from_pending_to_corrected_in_table_four() {
        long pending = cell("行政复议·尚未审结");
        long corrected = cell("行政复议·结果纠正");
        long total = cell("行政复议·总计");
        long id = receive("RECONSIDERATION", application(), "2021-03-01", false);
        assertThat(cell("行政复议·尚未审结")).isEqualTo(pending + 1);

        conclude(id, "2021-06-01", "撤销");

        assertThat(cell("行政复议·尚未审结")).isEqualTo(pending);
        assertThat(cell("行政复议·结果纠正")).isEqualTo(corrected + 1);
        assertThat(cell("行政复议·总计")).isEqualTo(total + 1);
    }

    @Test
    void a_lawsuit_after_reconsideration_counts_in_its_own_group_and_a_case_about_another_act_not_at_all() {
        long direct = cell("行政诉讼（未经复议直接起诉）·总计");
        long afterUpheld = cell("行政诉讼（复议后起诉）·结果维持");
        long id = receive("LITIGATION", application(), "2021-04-01", true);
        conclude(id, "2021-09-01", "驳回诉讼请求");
        Api.Response other = api("reviewer").postJson(CASES, """
                {"kind":"LITIGATION","orgUnitId":%d,"caseNumber":"表四其他%s","body":"南通市海门区人民法院",
                 "applicant":{"name":"孙某某"},"challengedAct":%s,"copyReceivedOn":"2021-04-02"}"""
                .formatted(data.sanxing().id(), System.nanoTime(), LitigationCaseTest.other()));
        assertThat(other.status()).as(other.body()).isEqualTo(201);

        assertThat(cell("行政诉讼（复议后起诉）·结果维持")).isEqualTo(afterUpheld + 1);
        assertThat(cell("行政诉讼（未经复议直接起诉）·总计")).isEqualTo(direct);
        assertThat(api("reviewer").get(CASES + "/" + id).json().get("afterReconsideration").asBoolean()).isTrue();
    }

    @Test
    void a_reconsideration_cannot_be_brought_after_a_reconsideration_and_nothing_is_recorded() {
        String number = "表四复议" + System.nanoTime();
        Api.Response r = api("reviewer").postJson(CASES, """
                {"kind":"RECONSIDERATION","orgUnitId":%d,"caseNumber":"%s","body":"南通市海门区人民政府",
                 "applicant":{"name":"钱某某"},"challengedAct":%s,"copyReceivedOn":"2021-05-06",
                 "afterReconsideration":true}""".formatted(data.sanxing().id(), number, LitigationCaseTest.other()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("复议后起诉只适用于行政诉讼案件");
        assertThat(api("reviewer").get(CASES + "?q=" + LitigationCaseTest.encode(number)).json().get("total")
                .asInt()).isZero();
    }

    @Test
    void the_disclosure_report_page_says_where_table_four_comes_from_and_links_to_the_cases_for_those_who_read_them() {
        String leader = org.fazhi.support.StaffSession.signIn(baseUrl(), "leader", PASSWORD)
                .get("/disclosure/annual-report?year=2021&orgUnit=" + data.sanxing().id()).body();
        assertThat(leader).contains("id=\"table4-source\"", "被诉（被申请复议）行为为政府信息公开申请答复的案件统计",
                "/litigation/cases?act=DISCLOSURE_APPLICATION");
        org.fazhi.support.StaffSession clerk = org.fazhi.support.StaffSession.signIn(baseUrl(), "clerk", PASSWORD);
        assertThat(clerk.get("/disclosure/annual-report?year=2021&orgUnit=" + data.sanxing().id()).body())
                .contains("id=\"table4-source\"").doesNotContain("/litigation/cases?act=");
        var old = clerk.get("/disclosure/review-cases");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/disclosure/annual-report#section-4");
    }
}
