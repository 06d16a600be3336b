package org.fazhi.counsel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The legal teams: the advisor ledger (one row per advisor and village, keyed by 执业证号), the year's figures worked
 * out by hand, the scope and the refusals, and the pages.
 */
class LegalTeamsTest extends IntegrationTest {

    private static final String IMPORT = "/api/v1/legal-teams/advisors/import";
    private static final String ENGAGEMENTS = "/api/v1/legal-teams/engagements";
    private static final String HEADER = "姓名,执业机构,执业证号,联系电话,服务村居,聘用开始日期,聘用结束日期";

    private Api.Response importCsv(String user, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return api(user).upload(IMPORT, "file", "法律顾问.csv", "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, true, lines));
    }

    private List<JsonNode> engagementsOf(String user, String licence) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : api(user).get(ENGAGEMENTS).json()) {
            if (n.get("licenceNumber").asString().equals(licence)) {
                out.add(n);
            }
        }
        return out;
    }

    private JsonNode statistics(String user, int year, long unit) {
        Api.Response r = api(user).get("/api/v1/legal-teams/statistics?year=" + year + "&orgUnit=" + unit);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }


    @Test
    void one_row_per_advisor_and_village_registers_the_advisor_once_and_importing_again_adds_nothing() {
        String licence = "13206201110000101";
        String[] rows = {
            "导入顾问甲（示例）,测试律师事务所,13206201110000101,13800000001,东兴村,2011-01-01,2012-12-31",
            "导入顾问甲（示例）,测试律师事务所,１３２０６２０１１１００００１０１,13800000001,西宏村,2011/1/1,2012年12月31日"};

        Api.Response first = importCsv("reviewer", rows);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("imported").asInt()).isEqualTo(2);
        assertThat(first.json().get("rejected").size()).isZero();
        List<JsonNode> engaged = engagementsOf("reviewer", licence);
        assertThat(engaged).extracting(n -> n.get("villageName").asString()).containsExactlyInAnyOrder("东兴村", "西宏村");
        assertThat(engaged).extracting(n -> n.get("advisorId").asLong()).containsOnly(engaged.get(0).get("advisorId")
                .asLong());

        Api.Response again = importCsv("reviewer", rows);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(engagementsOf("reviewer", licence)).hasSize(2);
    }

    @Test
    void an_unknown_village_an_end_before_the_start_and_a_licence_not_of_17_digits_are_row_errors() {
        Api.Response r = importCsv("reviewer",
                "错误顾问甲（示例）,测试律师事务所,13206201110000201,,火星村,2011-01-01,2012-12-31",
                "错误顾问乙（示例）,测试律师事务所,13206201110000202,,东兴村,2012-01-01,2011-12-31",
                "错误顾问丙（示例）,测试律师事务所,1320620111000020,,东兴村,2011-01-01,2012-12-31");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isZero();
        List<String> reasons = new ArrayList<>();
        r.json().get("rejected").forEach(x -> reasons.add(x.get("row").asInt() + "|" + x.get("column").asString()
                + "|" + x.get("reason").asString()));
        assertThat(reasons).containsExactlyInAnyOrder(
                "2|服务村居|找不到本镇的村（居）“火星村”。",
                "3|聘用结束日期|结束日期 2011-12-31 早于开始日期 2012-01-01。",
                "4|执业证号|执业证号应为17位数字。");
        assertThat(engagementsOf("reviewer", "13206201110000201")).isEmpty();
        assertThat(engagementsOf("reviewer", "13206201110000202")).isEmpty();
    }

    @Test
    void the_figures_of_a_year_count_the_villages_and_advisors_engaged_on_its_last_day() {
        // 2014: A serves 东兴村 and 西宏村 all year; B served 南海村 until 30 June; C serves 北河村 from March into 2015
        Api.Response r = importCsv("reviewer",
                "统计顾问甲（示例）,测试律师事务所,13206201410000001,,东兴村,2014-01-01,2014-12-31",
                "统计顾问甲（示例）,测试律师事务所,13206201410000001,,西宏村,2014-01-01,2014-12-31",
                "统计顾问乙（示例）,测试律师事务所,13206201410000002,,南海村,2014-01-01,2014-06-30",
                "统计顾问丙（示例）,测试律师事务所,13206201410000003,,北河村,2014-03-01,2015-02-28");
        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(4);
        long dongxing = data.unit(data.sanxing(), "东兴村").id();
        assertThat(api("reviewer").postJson("/api/v1/legal-teams/members", """
                {"kind":"LEGAL_AWARE_PERSON","name":"统计明白人（示例）","workUnit":"东兴村村民委员会","villageId":%d,"trainedOn":"2014-05-06"}"""
                .formatted(dongxing)).status()).isEqualTo(201);

        JsonNode town = statistics("leader", 2014, data.sanxing().id());

        // 26 villages; on 2014-12-31 东兴村, 西宏村 (A) and 北河村 (C) are served: 3 / 26 × 100 = 11.538… → 11.54
        assertThat(town.get("year").asInt()).isEqualTo(2014);
        assertThat(town.get("orgUnitId").asLong()).isEqualTo(data.sanxing().id());
        assertThat(town.get("villages").asLong()).isEqualTo(26);
        assertThat(town.get("villagesWithAdvisor").asLong()).isEqualTo(3);
        assertThat(town.get("advisors").asLong()).isEqualTo(2);
        assertThat(town.get("advisorCoverage").isNumber()).isTrue();
        assertThat(town.get("advisorCoverage").decimalValue()).isEqualByComparingTo(new BigDecimal("11.54"));
        assertThat(town.get("counselOpinions").get("byKind").isObject()).isTrue();
        assertThat(town.get("counselOpinions").get("byKind").size()).isZero();

        JsonNode village = statistics("leader", 2014, dongxing);

        assertThat(village.get("villages").asLong()).isEqualTo(1);
        assertThat(village.get("villagesWithAdvisor").asLong()).isEqualTo(1);
        assertThat(village.get("advisorCoverage").decimalValue()).isEqualByComparingTo(new BigDecimal("100.00"));
        assertThat(village.get("advisors").asLong()).isEqualTo(1);
        assertThat(village.get("legalAwarePersons").asLong()).isEqualTo(1);
        assertThat(village.get("schoolVicePrincipals").asLong()).isZero();
    }

    @Test
    void the_demo_town_has_every_one_of_its_26_villages_served_by_13_advisors_today() {
        JsonNode s = statistics("reviewer", data.demo().currentYear(), data.sanxing().id());

        assertThat(s.get("villages").asLong()).isEqualTo(26);
        assertThat(s.get("villagesWithAdvisor").asLong()).isEqualTo(26);
        assertThat(s.get("advisors").asLong()).isEqualTo(13);
        assertThat(s.get("advisorCoverage").decimalValue()).isEqualByComparingTo(new BigDecimal("100.00"));
        assertThat(s.get("schoolVicePrincipals").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void an_engagement_ending_within_30_days_raises_the_alert_on_the_dashboard_and_in_the_deadline_register() {
        JsonNode ending = engagementsOf("reviewer", "13206201510000013").stream()
                .filter(n -> n.get("endsOn").asString().equals(data.demo().inDays(20).toString())).findFirst()
                .orElseThrow();

        String section = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD).get("/legal-teams/section").body();
        assertThat(section).contains("ending-alert", "秦玉梅（示例）", ending.get("villageName").asString())
                .doesNotContain("uncovered-alert");
        Api.Response clocks = api("reviewer").get("/api/v1/deadlines?status=DUE_SOON&size=100&q="
                + java.net.URLEncoder.encode("秦玉梅", StandardCharsets.UTF_8));
        assertThat(clocks.status()).as(clocks.body()).isEqualTo(200);
        assertThat(clocks.body()).contains("村（居）法律顾问聘用到期（秦玉梅（示例），"
                + ending.get("villageName").asString() + "）");
    }

    @Test
    void a_role_without_the_permission_is_refused() {
        assertThat(importCsv("leader",
                "越权顾问（示例）,测试律师事务所,13206201110000301,,东兴村,2011-01-01,2012-12-31").status())
                .isEqualTo(403);
        assertThat(api("officer1").get("/api/v1/legal-teams/statistics?year=2014&orgUnit=" + data.sanxing().id())
                .status()).isEqualTo(403);
        assertThat(engagementsOf("reviewer", "13206201110000301")).isEmpty();
    }

    @Test
    void the_second_town_sees_nothing_of_sanxing() {
        String t2 = secondTownReviewer();
        long sanxingEngagement = engagementsOf("reviewer", "13206201510000001").get(0).get("id").asLong();

        assertThat(api(t2).get("/api/v1/legal-teams/statistics?year=2014&orgUnit=" + data.sanxing().id()).status())
                .isEqualTo(403);
        assertThat(api(t2).get(ENGAGEMENTS).json()).extracting(n -> n.get("villageName").asString())
                .containsOnly("示例一村");
        assertThat(StaffSession.signIn(baseUrl(), t2, PASSWORD).get("/legal-teams/engagements/" + sanxingEngagement)
                .statusCode()).isEqualTo(404);
        assertThat(api(t2).get("/api/v1/legal-teams/members").json()).isEmpty();
        // 示例镇's demo advisor serves only 示例一村: the other two are flagged on the dashboard
        String section = StaffSession.signIn(baseUrl(), t2, PASSWORD).get("/legal-teams/section").body();
        assertThat(section).contains("uncovered-alert", "示例二村", "示例社区").doesNotContain("林西村");
        assertThat(api(t2).postJson("/api/v1/legal-teams/members", """
                {"kind":"LEGAL_AWARE_PERSON","name":"越界明白人","workUnit":"林西村","villageId":%d}"""
                .formatted(data.unit(data.sanxing(), "林西村").id())).status()).isEqualTo(422);
    }

    @Test
    void bad_input_is_refused_with_a_chinese_detail_and_nothing_written() {
        Api.Response r = api("reviewer").postJson(ENGAGEMENTS, """
                {"name":"坏顾问（示例）","firm":"测试律师事务所","licenceNumber":"12345","villageId":%d,
                 "startsOn":"2016-05-01","endsOn":"2016-04-30"}""".formatted(data.unit(data.sanxing(), "东兴村").id()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).containsPattern("\\p{IsHan}");
        assertThat(r.body()).contains("执业证号应为17位数字。", "结束日期 2016-04-30 早于开始日期 2016-05-01。");
        assertThat(api("reviewer").get(ENGAGEMENTS).body()).doesNotContain("坏顾问（示例）");
    }

    @Test
    void a_service_entry_for_a_village_the_advisor_does_not_serve_is_refused() {
        JsonNode engaged = engagementsOf("reviewer", "13206201510000001").get(0);
        long other = data.unit(data.sanxing(), "家纺城社区").id();

        Api.Response r = api("reviewer").postJson("/api/v1/legal-teams/service-log", """
                {"advisorId":%d,"villageId":%d,"servedOn":"%s","onSiteDays":1,"talks":0,"questions":0,"documents":0}"""
                .formatted(engaged.get("advisorId").asLong(), other, data.demo().today()));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("未受聘服务家纺城社区");
    }

    @Test
    void the_service_review_shows_who_falls_short_of_the_norms() {
        JsonNode rows = api("leader").get("/api/v1/legal-teams/service?year=" + data.reportYear()).json();
        List<String> shortOnes = new ArrayList<>();
        rows.forEach(n -> {
            if (n.get("fallsShort").asBoolean()) {
                shortOnes.add(n.get("advisorName").asString());
            }
        });
        // the demo's two advisors with seven days on site of the twelve asked
        assertThat(shortOnes).containsOnly("张晓梅（示例）", "袁志华（示例）").hasSize(4);
    }

    @Test
    void the_pages_list_the_advisors_and_keep_what_was_typed_on_a_refusal() {
        StaffSession s = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        HttpResponse<String> list = s.get("/legal-teams");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("沈立平（示例）", "共 13 条", "东洲律师事务所", "徐辉");

        HttpResponse<String> refused = s.postForm("/legal-teams/engagements", Map.of("name", "页面顾问（示例）",
                "firm", "测试律师事务所", "licenceNumber", "123", "villageId",
                String.valueOf(data.unit(data.sanxing(), "东兴村").id()), "startsOn", "2016-01-01",
                "endsOn", "2016-12-31"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("执业证号应为17位数字。", "value=\"页面顾问（示例）\"", "value=\"123\"");
        assertThat(api("reviewer").get(ENGAGEMENTS).body()).doesNotContain("页面顾问（示例）");

        StaffSession village = StaffSession.signIn(baseUrl(), "village-counsel", PASSWORD);
        HttpResponse<String> own = village.get("/legal-teams/villages");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("林西村", "沈立平（示例）", "共 1 条").doesNotContain("叠石桥社区");
    }
}
