package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A refused step says why in the words of its rule; a form the user may no longer send is not offered, and a stale
 * copy sent anyway is answered on the same page; the end of an appraisal is offered only after its pause; the reasons
 * a step is not possible are joined once.
 */
class StepRefusalsTest extends IntegrationTest {

    private final CaseFlows flows = new CaseFlows(this::api);

    private long filed(String title, LocalDate on) {
        Api.Response r = api("officer1").postJson(CaseFlows.CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"" + title
                + "\",\"partyType\":\"ORGANISATION\",\"partyName\":\"步骤测试商贸有限公司\",\"violation\":\"在示例路占道经营\","
                + "\"legalBasis\":\"《城市市容和环境卫生管理条例》第三十六条\",\"filedOn\":\"" + on + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static JsonNode nextStep(JsonNode detail, String step) {
        for (JsonNode n : detail.get("nextSteps")) {
            if (n.get("step").asString().equals(step)) {
                return n;
            }
        }
        throw new AssertionError("no step " + step + " in " + detail);
    }

    @Test
    void an_approval_dated_after_today_is_refused_because_of_its_date() {
        long id = filed("审批日期测试案", LocalDate.of(2025, 3, 3));

        Api.Response r = api("officer1").postJson(CaseFlows.CASES + "/" + id + "/approvals",
                "{\"stage\":\"FILING\",\"agree\":true,\"opinion\":\"同意。\",\"on\":\"2099-01-01\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("审批日期不能晚于今天").doesNotContain("请填写");
    }

    @Test
    void an_approval_the_user_may_no_longer_sign_is_not_offered_and_a_stale_copy_is_answered_on_the_page() {
        long id = filed("审批过时表单测试案", LocalDate.of(2025, 3, 3));
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);
        assertThat(officer.get("/enforcement/cases/" + id).body()).contains("id=\"approval-form\"");

        // the officer signs the filing; the chain now waits for the leader
        flows.sign(id, "FILING", LocalDate.of(2025, 3, 3), "officer1");

        assertThat(officer.get("/enforcement/cases/" + id).body()).doesNotContain("id=\"approval-form\"");
        HttpResponse<String> stale = officer.postForm("/enforcement/cases/" + id + "/approvals",
                Map.of("stage", "FILING", "agree", "true", "opinion", "同意。", "on", "2025-03-03"));
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body()).contains("审批过时表单测试案", "不是您的角色").doesNotContain("无权访问");
    }

    @Test
    void the_end_of_an_appraisal_is_offered_only_after_its_pause() {
        long id = flows.investigating("鉴定顺序测试案", LocalDate.of(2025, 3, 3));
        JsonNode before = flows.detail(id);
        assertThat(nextStep(before, "RESUME_AFTER_APPRAISAL").get("allowed").asBoolean()).isFalse();
        assertThat(nextStep(before, "PAUSE_FOR_APPRAISAL").get("allowed").asBoolean()).isTrue();
        assertThat(flows.step("officer1", id, "RESUME_AFTER_APPRAISAL", "{\"on\":\"2025-03-05\"}").status())
                .isEqualTo(422);

        flows.ok(flows.step("officer1", id, "PAUSE_FOR_APPRAISAL", "{\"on\":\"2025-03-05\",\"note\":\"委托鉴定\"}"));

        JsonNode paused = flows.detail(id);
        assertThat(nextStep(paused, "RESUME_AFTER_APPRAISAL").get("allowed").asBoolean()).isTrue();
        assertThat(nextStep(paused, "PAUSE_FOR_APPRAISAL").get("allowed").asBoolean()).isFalse();
        flows.ok(flows.step("officer1", id, "RESUME_AFTER_APPRAISAL", "{\"on\":\"2025-03-10\"}"));
        assertThat(nextStep(flows.detail(id), "RESUME_AFTER_APPRAISAL").get("allowed").asBoolean()).isFalse();
    }

    @Test
    void the_reasons_a_step_is_not_possible_are_joined_once() {
        long id = filed("理由连接测试案", LocalDate.of(2025, 3, 3));

        String page = StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get("/enforcement/cases/" + id).body();

        assertThat(page).contains("id=\"why-not\"", "尚未调查取证；").doesNotContain("。；", "；；", "。。");
    }
}
