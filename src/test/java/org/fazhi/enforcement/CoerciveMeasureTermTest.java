package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The term of a 查封、扣押 (《行政强制法》第25条) or 冻结 (第32条): 30 days from the day applied — calendar days, ending on
 * the next working day when the 30th is a holiday — on the deadline engine, met when the measure is lifted; extended
 * once, by at most 30 days, by the head before it ends. Dates on the official calendar of 2025 (国庆、中秋 1–8 October,
 * 11 October a working Saturday).
 */
class CoerciveMeasureTermTest extends IntegrationTest {

    private static final String CASES = "/api/v1/enforcement/cases";

    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private String sanxingTeam() {
        StringBuilder ids = new StringBuilder();
        for (JsonNode n : api("officer1").get("/api/v1/officers").json()) {
            String name = n.get("name").asString();
            if (name.equals("执法人员甲（示例）") || name.equals("执法人员乙（示例）")) {
                ids.append(ids.isEmpty() ? "" : ",").append(n.get("id").asLong());
            }
        }
        return "[" + ids + "]";
    }

    private long fileCase(String filedOn) {
        Api.Response r = api("officer1").postJson(CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"扣押期限测试案" + tag
                + "\",\"partyType\":\"ORGANISATION\",\"partyName\":\"示例运输有限公司（测试）\","
                + "\"violation\":\"违法运输建筑垃圾\",\"legalBasis\":\"《城市建筑垃圾管理规定》第二十三条\","
                + "\"filedOn\":\"" + filedOn + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode record(long caseId, String kind, String appliedOn) {
        Api.Response r = api("officer1").postJson(CASES + "/" + caseId + "/coercive-measures", "{\"measureKind\":\""
                + kind + "\",\"measureSubject\":\"运输车辆一辆（测试）\",\"measureNumber\":\"海三星强字〔2025〕第" + tag
                + kind + appliedOn + "号\",\"appliedOn\":\"" + appliedOn + "\",\"officerIds\":" + sanxingTeam() + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private JsonNode measure(long caseId, long measureId) {
        for (JsonNode m : api("leader").get(CASES + "/" + caseId + "/coercive-measures").json()) {
            if (m.get("id").asLong() == measureId) {
                return m;
            }
        }
        throw new AssertionError("no measure " + measureId);
    }

    private Api.Response extend(String user, long caseId, long measureId, int days, String on) {
        return api(user).postJson(CASES + "/" + caseId + "/coercive-measures/" + measureId + "/extension",
                "{\"days\":" + days + ",\"approvedOn\":\"" + on + "\",\"reason\":\"需检测车辆载重，情况复杂\"}");
    }

    @Test
    void a_seizure_lasts_thirty_days_and_a_term_ending_in_the_national_day_holiday_ends_on_the_next_working_day() {
        long id = fileCase("2025-09-03");
        // 4 September + 30 days = 4 October, inside the holiday of 1–8 October: the term ends on Thursday 9 October
        JsonNode seized = record(id, "SEIZE", "2025-09-04");
        assertThat(seized.get("termEndsOn").asString()).isEqualTo("2025-10-09");
        // a measure the law gives no term has no clock
        JsonNode other = record(id, "OTHER", "2025-09-04");
        assertThat(other.get("termEndsOn").isNull()).isTrue();
    }

    @Test
    void the_head_extends_the_term_once_by_at_most_thirty_days_before_it_ends_and_a_refusal_changes_nothing() {
        long id = fileCase("2025-09-03");
        long m = record(id, "SEAL_UP", "2025-09-04").get("id").asLong();

        // the officer who applied the measure may not approve its extension: the head does (第25条第1款)
        assertThat(extend("officer1", id, m, 30, "2025-10-09").status()).isEqualTo(403);
        Api.Response tooLong = extend("leader", id, m, 31, "2025-10-09");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("detail").asString()).contains("《行政强制法》第25条");
        Api.Response late = extend("leader", id, m, 30, "2025-10-10");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("detail").asString()).contains("2025-10-09", "届满");
        assertThat(measure(id, m).get("extensionDays").isNull()).isTrue();
        assertThat(measure(id, m).get("termEndsOn").asString()).isEqualTo("2025-10-09");

        // approved on the last day; the 30 days more run from the end of the first 30 (4 October), not from the day the
        // holiday moved it to, so the measure lasts at most 60 days: 4 October + 30 days = Monday 3 November
        Api.Response ok = extend("leader", id, m, 30, "2025-10-09");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("termEndsOn").asString()).isEqualTo("2025-11-03");
        assertThat(ok.json().get("extensionApprovedBy").asString()).contains("leader");
        Api.Response twice = extend("leader", id, m, 5, "2025-10-20");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(measure(id, m).get("termEndsOn").asString()).isEqualTo("2025-11-03");
    }

    @Test
    void lifting_the_measure_meets_its_term_and_a_measure_left_in_force_past_it_is_overdue() {
        long id = fileCase("2025-05-05");
        long lifted = record(id, "SEIZE", "2025-05-06").get("id").asLong();
        long forgotten = record(id, "FREEZE", "2025-05-06").get("id").asLong();

        assertThat(api("officer1").postJson(CASES + "/" + id + "/coercive-measures/" + lifted + "/lift",
                "{\"liftedOn\":\"2025-05-20\",\"note\":\"作出处罚决定\"}").status()).isEqualTo(200);

        assertThat(measure(id, lifted).get("termStatus").asString()).isEqualTo("MET");
        assertThat(measure(id, forgotten).get("termEndsOn").asString()).isEqualTo("2025-06-05");
        assertThat(measure(id, forgotten).get("termStatus").asString()).isEqualTo("OVERDUE");
        // past its term it can no longer be extended
        assertThat(extend("leader", id, forgotten, 10, "2025-06-06").status()).isEqualTo(422);
    }

    @Test
    void the_deadline_register_links_a_term_to_its_case_and_another_town_cannot_follow_the_link() {
        long id = fileCase("2025-09-03");
        long m = record(id, "SEIZE", "2025-09-04").get("id").asLong();
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);

        var link = leader.get("/enforcement/coercive-measures/" + m);
        assertThat(link.statusCode()).isEqualTo(302);
        assertThat(link.headers().firstValue("Location").orElseThrow())
                .endsWith("/enforcement/cases/" + id + "#measure-" + m);
        String page = leader.get("/enforcement/cases/" + id).body();
        assertThat(page).contains("id=\"measure-" + m + "\"", "至 2025-10-09", "批准延长");
        assertThat(StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get("/enforcement/cases/" + id).body())
                .contains("至 2025-10-09").doesNotContain("批准延长");
        assertThat(StaffSession.signIn(baseUrl(), "t2-officer1", PASSWORD)
                .get("/enforcement/coercive-measures/" + m).statusCode()).isEqualTo(404);

        var refused = leader.postForm("/enforcement/cases/" + id + "/coercive-measures/" + m + "/extension",
                Map.of("days", "45", "approvedOn", "2025-10-01", "reason", "需检测"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("延长期限为1至30日");
    }

    @Test
    void the_days_of_testing_or_appraisal_are_not_counted_in_the_term_of_a_seizure() {
        long id = fileCase("2025-09-03");
        long m = record(id, "SEIZE", "2025-09-04").get("id").asLong();
        String base = CASES + "/" + id + "/coercive-measures/" + m;

        // an end of testing is refused while none began
        Api.Response early = api("officer1").postJson(base + "/resume", "{\"on\":\"2025-09-20\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("没有正在进行的检测鉴定");

        Api.Response paused = api("officer1").postJson(base + "/pause",
                "{\"from\":\"2025-09-10\",\"reason\":\"车辆载重送南通市计量检定测试所检测\"}");
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().get("termStatus").asString()).isEqualTo("PAUSED");
        // 5 September to 9 September counted (5 days); from 20 September the other 25: the term ends 14 October
        Api.Response resumed = api("officer1").postJson(base + "/resume", "{\"on\":\"2025-09-20\"}");
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().get("termEndsOn").asString()).isEqualTo("2025-10-14");

        // a freeze (第32条) knows no such pause
        long frozen = record(id, "FREEZE", "2025-09-04").get("id").asLong();
        Api.Response freeze = api("officer1").postJson(CASES + "/" + id + "/coercive-measures/" + frozen + "/pause",
                "{\"from\":\"2025-09-10\",\"reason\":\"检测\"}");
        assertThat(freeze.status()).isEqualTo(422);
        assertThat(measure(id, frozen).get("termEndsOn").asString()).isEqualTo("2025-10-09");
    }
}
