package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 行政强制措施 (《行政强制法》第9条) recorded on a case — kind, what it applies to, decision number, the day applied by two
 * officers (第18条), the day lifted (第28条) — are the 行政强制 figure of table 二 of the annual disclosure report
 * (第二十条第（六）项, 本年处理决定数量): each measure counts once, in the year it was applied, as the enforcement
 * statistics count it. Other tests record measures too, so the figures are compared before and after.
 */
class CoerciveMeasuresInAnnualReportTest extends IntegrationTest {

    private static final String CASES = "/api/v1/enforcement/cases";

    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private String team(String user, String first, String second) {
        StringBuilder ids = new StringBuilder();
        for (JsonNode n : api(user).get("/api/v1/officers").json()) {
            String name = n.get("name").asString();
            if (name.equals(first) || name.equals(second)) {
                ids.append(ids.isEmpty() ? "" : ",").append(n.get("id").asLong());
            }
        }
        return "[" + ids + "]";
    }

    private String sanxingTeam() {
        return team("reviewer", "执法人员甲（示例）", "执法人员乙（示例）");
    }

    private long reportRow(OrgUnitView town, String user, int year) {
        Api.Response r = api(user).get("/api/v1/disclosure/annual-report/" + year + "?orgUnit=" + town.id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode row : r.json().get("table2").get("rows")) {
            if (row.get("label").asString().equals("行政强制")) {
                return row.get("values").get(3).asLong();
            }
        }
        throw new AssertionError("no row 行政强制");
    }

    private long statistics(OrgUnitView town, String user, int year) {
        Api.Response r = api(user).get("/api/v1/enforcement/statistics?year=" + year + "&orgUnit=" + town.id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("coerciveMeasures").asLong();
    }

    private long fileCase(String user, String title, String filedOn) {
        Api.Response r = api(user).postJson(CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"" + title + tag
                + "\",\"partyType\":\"ORGANISATION\",\"partyName\":\"示例建材有限公司（测试）\","
                + "\"violation\":\"违法运输建筑垃圾\",\"legalBasis\":\"《城市建筑垃圾管理规定》第二十三条\","
                + "\"filedOn\":\"" + filedOn + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Api.Response record(String user, long caseId, String kind, String number, String appliedOn,
                                String officers) {
        return api(user).postJson(CASES + "/" + caseId + "/coercive-measures", "{\"measureKind\":\"" + kind
                + "\",\"measureSubject\":\"运输车辆一辆（苏F·示例）\",\"measureNumber\":\"" + number + "\","
                + "\"appliedOn\":\"" + appliedOn + "\",\"officerIds\":" + officers + "}");
    }

    @Test
    void the_coercive_row_counts_the_measures_applied_in_the_year_from_the_enforcement_records() {
        OrgUnitView sanxing = data.sanxing();
        long row2024 = reportRow(sanxing, "clerk", 2024);
        long row2025 = reportRow(sanxing, "clerk", 2025);
        assertThat(row2024).isEqualTo(statistics(sanxing, "leader", 2024));
        long id = fileCase("officer1", "扣押运输车辆案", "2024-12-20");

        // applied on the last day of 2024 and the first of 2025: one decision in each year
        Api.Response seized = record("officer1", id, "SEIZE", "海三星强扣字〔2024〕第" + tag + "号", "2024-12-31",
                sanxingTeam());
        Api.Response sealed = record("officer1", id, "SEAL_UP", "海三星强封字〔2025〕第" + tag + "号", "2025-01-01",
                sanxingTeam());
        assertThat(seized.status()).as(seized.body()).isEqualTo(201);
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(201);
        // lifted in 2025: no second decision of 2025
        Api.Response lifted = api("officer1").postJson(CASES + "/" + id + "/coercive-measures/"
                + seized.json().get("id").asLong() + "/lift", "{\"liftedOn\":\"2025-01-15\",\"note\":\"作出处罚决定\"}");
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);

        assertThat(reportRow(sanxing, "clerk", 2024)).isEqualTo(row2024 + 1).isEqualTo(statistics(sanxing, "leader", 2024));
        assertThat(reportRow(sanxing, "clerk", 2025)).isEqualTo(row2025 + 1).isEqualTo(statistics(sanxing, "leader", 2025));
        JsonNode measures = api("leader").get(CASES + "/" + id + "/coercive-measures").json();
        assertThat(measures).hasSize(2);
        assertThat(measures.get(0).get("kindLabel").asString()).isEqualTo("扣押财物");
        assertThat(measures.get(0).get("liftedOn").asString()).isEqualTo("2025-01-15");
        assertThat(measures.get(0).get("officers").asString()).contains("执法人员甲（示例）", "执法人员乙（示例）");
    }

    @Test
    void another_towns_measures_count_for_that_town_only_and_its_staff_cannot_reach_sanxings_cases() {
        OrgUnitView sanxing = data.sanxing();
        OrgUnitView second = data.secondTown();
        long sanxing2025 = reportRow(sanxing, "clerk", 2025);
        long second2025 = reportRow(second, "t2-clerk", 2025);
        long t2Case = fileCase("t2-officer1", "查封无证经营场所案", "2025-03-03");
        long sanxingCase = fileCase("officer1", "查封测试案", "2025-03-03");

        Api.Response t2 = record("t2-officer1", t2Case, "SEAL_UP", "示强封字〔2025〕第" + tag + "号", "2025-03-04",
                team("t2-officer1", "示例镇执法人员甲", "示例镇执法人员乙"));
        Api.Response intruder = record("t2-officer1", sanxingCase, "SEAL_UP", "示强封字〔2025〕第" + tag + "-2号",
                "2025-03-04", team("t2-officer1", "示例镇执法人员甲", "示例镇执法人员乙"));

        assertThat(t2.status()).as(t2.body()).isEqualTo(201);
        assertThat(intruder.status()).isEqualTo(404);
        assertThat(api("t2-officer1").get(CASES + "/" + sanxingCase + "/coercive-measures").status()).isEqualTo(404);
        assertThat(reportRow(second, "t2-clerk", 2025)).isEqualTo(second2025 + 1);
        assertThat(reportRow(sanxing, "clerk", 2025)).isEqualTo(sanxing2025);
    }

    @Test
    void a_measure_needs_two_officers_a_decision_number_used_once_and_cannot_be_lifted_before_it_was_applied() {
        long id = fileCase("officer1", "扣押规则测试案", "2025-05-06");
        String number = "海三星强扣字〔2025〕第" + tag + "-R号";
        String one = "[" + sanxingTeam().substring(1).split(",")[0] + "]";

        Api.Response alone = record("officer1", id, "SEIZE", number, "2025-05-06", one);
        assertThat(alone.status()).isEqualTo(422);
        assertThat(alone.json().get("detail").asString()).contains("《行政强制法》第18条");
        assertThat(api("leader").get(CASES + "/" + id + "/coercive-measures").json()).isEmpty();

        Api.Response ok = record("officer1", id, "SEIZE", number, "2025-05-06", sanxingTeam());
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(record("officer1", id, "SEIZE", number, "2025-05-07", sanxingTeam()).status()).isEqualTo(422);
        assertThat(record("officer1", id, "SEIZE", " ", "2025-05-07", sanxingTeam()).status()).isEqualTo(400);
        String lift = CASES + "/" + id + "/coercive-measures/" + ok.json().get("id").asLong() + "/lift";
        Api.Response early = api("officer1").postJson(lift, "{\"liftedOn\":\"2025-05-05\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("2025-05-06");
        assertThat(api("clerk").postJson(lift, "{\"liftedOn\":\"2025-05-07\"}").status()).isEqualTo(403);
        assertThat(api("officer1").postJson(lift, "{\"liftedOn\":\"2025-05-07\"}").status()).isEqualTo(200);
        assertThat(api("officer1").postJson(lift, "{\"liftedOn\":\"2025-05-08\"}").status()).isEqualTo(422);

        // recorded and lifted: both changes are in the audit trail
        java.util.List<String> actions = new java.util.ArrayList<>();
        for (JsonNode e : api("auditor").get("/api/v1/audit/events?entityType=CoerciveMeasure&size=200").json()
                .get("items")) {
            if (e.get("entityId").asString().equals(ok.json().get("id").asString())) {
                actions.add(e.get("action").asString());
            }
        }
        assertThat(actions).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_case_page_lists_the_measures_and_refuses_a_form_without_officers_next_to_the_fields() {
        long id = fileCase("officer1", "页面扣押测试案", "2025-06-03");
        assertThat(record("officer1", id, "FREEZE", "海三星强冻字〔2025〕第" + tag + "号", "2025-06-04", sanxingTeam())
                .status()).isEqualTo(201);
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);

        String page = officer.get("/enforcement/cases/" + id).body();
        var refused = officer.postForm("/enforcement/cases/" + id + "/coercive-measures", Map.of("measureKind",
                "SEIZE", "measureSubject", "货物一批", "measureNumber", "海三星强扣字〔2025〕第" + tag + "-P号",
                "appliedOn", "2025-06-05"));

        assertThat(page).contains("id=\"coercive-measures\"", "冻结存款、汇款", "海三星强冻字〔2025〕第" + tag + "号");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("《行政强制法》第18条", "value=\"货物一批\"");
    }
}
