package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 《行政处罚法》第63条第1款第2项 through the API and the case page: a proposed confiscation of illegal gains (or illegal
 * property) at or above the province's large amount — 三星镇 keeps the default 10,000 yuan for a citizen — makes the
 * notice tell the party of the right to a hearing (5 working days to ask, 第64条), and the case then goes to the heads'
 * collective discussion (第57条第2款); below the amount it does not. Notice served on Friday 2024-09-27: the window
 * counts 9/29 (adjusted Sunday), 9/30, then 10/8, 10/9 and 10/10 after the national day holiday.
 */
class LargeConfiscationHearingTest extends IntegrationTest {

    private static final String CASES = "/api/v1/enforcement/cases";

    private String team() {
        StringBuilder ids = new StringBuilder();
        for (JsonNode n : api("reviewer").get("/api/v1/officers").json()) {
            String name = n.get("name").asString();
            if (name.equals("执法人员甲（示例）") || name.equals("执法人员乙（示例）")) {
                ids.append(ids.isEmpty() ? "" : ",").append(n.get("id").asLong());
            }
        }
        return "[" + ids + "]";
    }

    private Api.Response step(String user, long id, String step, String json) {
        return api(user).postJson(CASES + "/" + id + "/steps/" + step, json);
    }

    private void sign(long id, String stage, String on, String... users) {
        for (String u : users) {
            Api.Response r = api(u).postJson(CASES + "/" + id + "/approvals",
                    "{\"stage\":\"" + stage + "\",\"agree\":true,\"opinion\":\"同意。\",\"on\":\"" + on + "\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    /** A citizen's case filed 2024-09-20, investigated, with the proposal given, notified on 2024-09-27. */
    private long notified(String title, String proposalJson) {
        Api.Response filed = api("officer1").postJson(CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"" + title
                + "\",\"partyType\":\"NATURAL_PERSON\",\"partyName\":\"王五（测试）\",\"partyIdNumber\":\"320604199202021234\",\"violation\":\"销售假冒商品\","
                + "\"legalBasis\":\"《产品质量法》第五十条\",\"violationOn\":\"2024-09-10\",\"filedOn\":\"2024-09-20\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        sign(id, "FILING", "2024-09-20", "officer1", "leader");
        assertThat(step("officer1", id, "INVESTIGATE", "{\"on\":\"2024-09-23\",\"officerIds\":" + team() + "}")
                .status()).isEqualTo(200);
        Api.Response proposed = api("officer1").postJson(CASES + "/" + id + "/proposal", proposalJson);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        sign(id, "PROPOSAL", "2024-09-24", "officer1", "leader");
        Api.Response notify = step("officer1", id, "NOTIFY", "{\"on\":\"2024-09-27\",\"officerIds\":" + team() + "}");
        assertThat(notify.status()).as(notify.body()).isEqualTo(200);
        return id;
    }

    @Test
    void confiscating_illegal_gains_of_a_large_amount_gives_the_right_to_a_hearing() {
        long id = notified("没收较大数额违法所得听证测试案",
                "{\"kinds\":[\"WARNING\",\"CONFISCATION_OF_ILLEGAL_GAINS\"],\"gains\":12000}");

        JsonNode c = api("officer1").get(CASES + "/" + id).json().get("caseInfo");
        assertThat(c.get("hearingApplicable").asBoolean()).isTrue();
        assertThat(c.get("windowEndsOn").asString()).isEqualTo("2024-10-10");
        assertThat(c.get("proposedGains").decimalValue()).isEqualByComparingTo("12000");
        assertThat(c.get("hearingRight").get("applies").asBoolean()).isTrue();
        assertThat(c.get("hearingRight").get("notified").asBoolean()).isTrue();
        assertThat(c.get("hearingRight").get("grounds").get(0).asString()).contains("12000", "10000", "第63条");

        Api.Response requested = step("officer1", id, "REQUEST_HEARING", "{\"on\":\"2024-10-10\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        assertThat(requested.json().get("state").asString()).isEqualTo("HEARING");
    }

    @Test
    void a_case_with_a_large_confiscation_goes_to_collective_discussion_after_its_legal_review() {
        long id = notified("没收较大价值非法财物集体讨论测试案",
                "{\"kinds\":[\"CONFISCATION_OF_ILLEGAL_PROPERTY\"],\"propertyValue\":10000}");
        assertThat(step("officer1", id, "WAIVE_STATEMENT", "{\"on\":\"2024-09-30\",\"note\":\"当事人书面放弃陈述申辩和听证\"}")
                .status()).isEqualTo(200);
        assertThat(step("officer1", id, "SUBMIT_REVIEW", "{\"on\":\"2024-09-30\"}").status()).isEqualTo(200);

        Api.Response reviewed = step("reviewer", id, "REVIEW",
                "{\"on\":\"2024-10-08\",\"passed\":true,\"opinion\":\"事实清楚\",\"counselOpinion\":\"同意\"}");

        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().get("state").asString()).isEqualTo("COLLECTIVE_DISCUSSION");
    }

    @Test
    void below_the_large_amount_there_is_no_hearing_to_ask_for() {
        long id = notified("没收违法所得未达听证标准测试案",
                "{\"kinds\":[\"WARNING\",\"CONFISCATION_OF_ILLEGAL_GAINS\"],\"gains\":9999.99}");

        assertThat(api("officer1").get(CASES + "/" + id).json().get("caseInfo").get("hearingApplicable").asBoolean())
                .isFalse();
        Api.Response requested = step("officer1", id, "REQUEST_HEARING", "{\"on\":\"2024-10-08\"}");
        assertThat(requested.status()).isEqualTo(422);
        assertThat(requested.json().get("detail").asString()).contains("不属于可以要求听证的情形");
    }

    @Test
    void a_confiscation_proposed_without_its_amount_is_refused_on_that_field() {
        Api.Response filed = api("officer1").postJson(CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"没收数额缺失测试案\","
                + "\"partyType\":\"NATURAL_PERSON\",\"partyName\":\"王五（测试）\",\"partyIdNumber\":\"320604199202021234\",\"violation\":\"销售假冒商品\","
                + "\"legalBasis\":\"《产品质量法》第五十条\",\"filedOn\":\"2024-09-20\"}");
        long id = filed.json().get("id").asLong();

        Api.Response r = api("officer1").postJson(CASES + "/" + id + "/proposal",
                "{\"kinds\":[\"CONFISCATION_OF_ILLEGAL_GAINS\"]}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("gains");
    }

    @Test
    void the_case_page_shows_the_hearing_right_before_the_notice() {
        Api.Response filed = api("officer1").postJson(CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"听证权利页面测试案\","
                + "\"partyType\":\"NATURAL_PERSON\",\"partyName\":\"王五（测试）\",\"partyIdNumber\":\"320604199202021234\",\"violation\":\"销售假冒商品\","
                + "\"legalBasis\":\"《产品质量法》第五十条\",\"filedOn\":\"2024-09-20\"}");
        long id = filed.json().get("id").asLong();
        assertThat(api("officer1").postJson(CASES + "/" + id + "/proposal", "{\"kinds\":[\"FINE\","
                + "\"CONFISCATION_OF_ILLEGAL_GAINS\"],\"fine\":2000,\"gains\":15000}").status()).isEqualTo(200);

        String page = StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get("/enforcement/cases/" + id).body();

        assertThat(page).contains("id=\"hearing-right\"", "按拟处罚意见，当事人有权要求听证",
                "没收违法所得和非法财物价值合计 15000 元，达到本省标准 10000 元", "罚款人民币2000元、没收违法所得人民币15000元");
    }
}
