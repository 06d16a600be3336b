package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The court-application clock after the party challenges the decision (《行政强制法》第53条 with 《行政诉讼法》第45条、
 * 第46条): a reconsideration moves it to the end of the 15 days to sue the reconsideration decision; a suit closes the
 * application to enforce the decision until the judgment; a decision revoked ends every clock of the case. The
 * challenge and its outcome are steps of the case, on the page and through the API, in the case's audit trail.
 */
class ChallengeCourtClockTest extends IntegrationTest {

    /** Served on Friday 2025-08-01: the fine is due on Monday 2025-08-18 (15 days end on Saturday 08-16). */
    private static final LocalDate SERVED = LocalDate.of(2025, 8, 1);
    private static final String COURT = "申请人民法院强制执行期限";

    private final CaseFlows flows = new CaseFlows(this::api);

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response step(long id, String step, String json) {
        return flows.step("officer1", id, step, json);
    }

    @Test
    void after_a_reconsideration_the_court_clock_runs_from_the_end_of_the_15_days_to_sue_its_decision() {
        // given a decision served on 2025-08-01: without a challenge the court may be asked once the 6 months to sue
        // have lapsed, on Monday 2026-02-02 (Sunday 02-01 rolls)
        long id = flows.served("复议后申请强制执行期限测试案", SERVED, 1000);
        assertThat(flows.clock(id, COURT).get("triggeredOn").asString()).isEqualTo("2026-02-02");

        // when the party applies for reconsideration on 2025-08-20
        JsonNode applied = flows.ok(step(id, "RECORD_REMEDY", "{\"on\":\"2025-08-20\",\"remedy\":\"RECONSIDERATION\","
                + "\"note\":\"当事人向区人民政府申请行政复议\"}"));

        // then the court clock stops and the court may not be asked while the reconsideration is pending
        assertThat(applied.get("remedies").get("reconsiderationOn").asString()).isEqualTo("2025-08-20");
        assertThat(applied.get("remedies").get("lapsesOn").isNull()).isTrue();
        assertThat(flows.clock(id, COURT).get("status").asString()).isEqualTo("STOPPED");
        Api.Response pending = step(id, "APPLY_TO_COURT", "{\"on\":\"2025-09-10\"}");
        assertThat(pending.status()).isEqualTo(422);
        assertThat(pending.json().get("detail").asString()).contains("2025-08-20", "申请行政复议");

        // when the reconsideration decision upholding the penalty is received on Wednesday 2025-09-17
        JsonNode upheld = flows.ok(step(id, "REMEDY_OUTCOME", "{\"on\":\"2025-09-17\",\"result\":\"UPHELD\","
                + "\"note\":\"复议决定维持原处罚决定\"}"));

        // then the 15 days to sue it end on 10-02, inside the National Day holiday (10-01 to 10-08), so on Thursday
        // 2025-10-09; the court may be asked within 3 months of it, until Friday 2026-01-09
        assertThat(upheld.get("remedies").get("reconsiderationResult").asString()).isEqualTo("UPHELD");
        assertThat(upheld.get("remedies").get("lapsesOn").asString()).isEqualTo("2025-10-09");
        JsonNode court = flows.clock(id, COURT);
        assertThat(court.get("triggeredOn").asString()).isEqualTo("2025-10-09");
        assertThat(court.get("dueDate").asString()).isEqualTo("2026-01-09");

        // and the late fee leaves out the days the reconsideration was pending (《行政处罚法》第73条): paid on 09-19,
        // it runs on 08-19, 09-18 and 09-19 — 3 days, 90 yuan
        JsonNode paid = flows.ok(step(id, "PAY", "{\"on\":\"2025-09-19\",\"amount\":1090}"));
        assertThat(paid.get("lateFee").decimalValue()).isEqualByComparingTo("90.00");

        // and both steps are in the case's record and its audit trail
        assertThat(flows.detail(id).get("steps").findValuesAsString("step"))
                .contains("RECORD_REMEDY", "REMEDY_OUTCOME");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'PenaltyCase'"
                + " and entity_id = ? and action in ('STEP:RECORD_REMEDY', 'STEP:REMEDY_OUTCOME')", Integer.class,
                String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void after_a_suit_the_decision_is_not_enforced_and_the_case_waits_for_the_judgment() {
        // given a decision served on 2025-08-01 and a suit filed on 2025-09-01
        long id = flows.served("起诉后待判决测试案", SERVED, 1000);
        flows.ok(step(id, "RECORD_REMEDY", "{\"on\":\"2025-09-01\",\"remedy\":\"SUIT\"}"));

        // then the court clock of the decision is stopped, naming the suit
        JsonNode court = flows.clock(id, COURT);
        assertThat(court.get("status").asString()).isEqualTo("STOPPED");

        // and even after the 6 months and a reminder, the court is not asked to enforce the decision
        flows.ok(step(id, "REMIND", "{\"on\":\"2025-09-02\",\"officerIds\":" + flows.team() + "}"));
        Api.Response refused = step(id, "APPLY_TO_COURT", "{\"on\":\"2026-03-02\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("2025-09-01", "提起行政诉讼", "判决",
                "《行政诉讼法》第95条");
        assertThat(step(id, "RECORD_REMEDY", "{\"on\":\"2026-03-02\",\"remedy\":\"RECONSIDERATION\"}").status())
                .isEqualTo(422);

        // when the judgment dismissing the claim is recorded on 2026-03-10, the town applies to enforce it
        JsonNode judged = flows.ok(step(id, "REMEDY_OUTCOME", "{\"on\":\"2026-03-10\",\"result\":\"UPHELD\"}"));
        assertThat(judged.get("remedies").get("judgmentResult").asString()).isEqualTo("UPHELD");
        assertThat(judged.get("remedies").get("lapsesOn").isNull()).isTrue();
        JsonNode applied = flows.ok(step(id, "APPLY_TO_COURT", "{\"on\":\"2026-03-11\","
                + "\"note\":\"申请人民法院强制执行生效判决\"}"));
        assertThat(applied.get("state").asString()).isEqualTo("EXECUTED");
    }

    @Test
    void a_reconsideration_decision_revoking_the_penalty_ends_every_clock_and_withdraws_the_publication() {
        // given a decision served on 2025-08-01, challenged on 08-20
        long id = flows.served("复议撤销测试案", SERVED, 1000);
        flows.ok(step(id, "RECORD_REMEDY", "{\"on\":\"2025-08-20\",\"remedy\":\"RECONSIDERATION\"}"));

        // when the reconsideration decision revoking it is received on 2025-09-17
        JsonNode revoked = flows.ok(step(id, "REMEDY_OUTCOME", "{\"on\":\"2025-09-17\",\"result\":\"REVOKED\","
                + "\"note\":\"复议机关以事实不清为由撤销原处罚决定\"}"));

        // then the decision is revoked on that day, no clock of the case runs and no step but closing is left
        assertThat(revoked.get("revokedOn").asString()).isEqualTo("2025-09-17");
        assertThat(flows.detail(id).get("clocks").findValuesAsString("status")).doesNotContain("ON_TRACK",
                "DUE_SOON", "OVERDUE", "PAUSED");
        Api.Response pay = step(id, "PAY", "{\"on\":\"2025-09-18\",\"amount\":1000}");
        assertThat(pay.status()).isEqualTo(422);
        assertThat(pay.json().get("detail").asString()).contains("2025-09-17", "撤销");

        // and its publication is withdrawn with the reason
        String caseNumber = revoked.get("caseNumber").asString();
        JsonNode page = api("reviewer").get("/api/v1/publications?size=100&q="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)).json();
        JsonNode publication = null;
        for (JsonNode p : page.get("items")) {
            if (p.get("caseNumber").asString().equals(caseNumber)) {
                publication = p;
            }
        }
        assertThat(publication).isNotNull();
        assertThat(publication.get("revokedOn").asString()).isEqualTo("2025-09-17");
        assertThat(publication.get("withdrawalReason").asString()).isEqualTo("复议机关以事实不清为由撤销原处罚决定");
    }

    @Test
    void the_challenge_is_recorded_on_the_case_page_and_a_missing_choice_is_named_on_the_same_page() {
        long id = flows.served("页面登记复议测试案", SERVED, 1000);
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);
        assertThat(officer.get("/enforcement/cases/" + id).body()).contains("form-RECORD_REMEDY", "申请行政复议",
                "提起行政诉讼");

        // without the choice of reconsideration or suit: the same page, the field named, nothing recorded
        Map<String, String> form = new LinkedHashMap<>(Map.of("on", "2025-08-20", "note", "当事人申请行政复议"));
        var refused = officer.postForm("/enforcement/cases/" + id + "/steps/RECORD_REMEDY", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("救济途径", "请选择当事人是申请行政复议还是提起行政诉讼", "form-RECORD_REMEDY");
        assertThat(flows.caseInfo(id).get("remedies").get("reconsiderationOn").isNull()).isTrue();

        // a role that does not handle cases may not record it
        assertThat(flows.step("reviewer", id, "RECORD_REMEDY", "{\"on\":\"2025-08-20\",\"remedy\":\"SUIT\"}")
                .status()).isEqualTo(403);

        // with it: recorded, shown on the page, and the outcome may follow
        form.put("remedy", "RECONSIDERATION");
        assertThat(officer.postForm("/enforcement/cases/" + id + "/steps/RECORD_REMEDY", form).statusCode())
                .isIn(302, 303);
        String page = officer.get("/enforcement/cases/" + id).body();
        assertThat(page).contains("id=\"remedy-reconsideration\"", "2025-08-20 申请行政复议，尚无结果",
                "form-REMEDY_OUTCOME", "维持（驳回诉讼请求）");
    }
}
