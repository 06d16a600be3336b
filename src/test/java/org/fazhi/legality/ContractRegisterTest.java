package org.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Government contracts: signed only after a lawful legality review; the register lists each contract's review. */
class ContractRegisterTest extends IntegrationTest {

    static final String CONTRACTS = "/api/v1/legality/contracts";

    private long register(String subject) {
        Api.Response r = api("leader").postJson(CONTRACTS, """
                {"subject":"%s","orgUnitId":%d,"counterparty":"某建设有限公司","amount":120000.50}"""
                .formatted(subject, data.sanxing().id()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("amount").decimalValue()).isEqualByComparingTo("120000.50");
        return r.json().get("id").asLong();
    }

    private long review(String kind, String title) {
        Api.Response r = api("reviewer").postJson("/api/v1/legality/reviews", """
                {"kind":"%s","title":"%s","orgUnitId":%d,"receivedOn":"2025-09-26","requestedBy":"2025-10-13"}"""
                .formatted(kind, title, data.sanxing().id()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode contract(long id) {
        Api.Response r = api("leader").get(CONTRACTS + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void a_contract_without_a_lawful_review_cannot_be_marked_signed_and_nothing_changes() {
        long id = register("未经审查的合同（测试）");
        String signing = "{\"signedOn\":\"" + data.demo().today() + "\"}";

        Api.Response unreviewed = api("leader").postJson(CONTRACTS + "/" + id + "/signing", signing);
        assertThat(unreviewed.status()).as(unreviewed.body()).isEqualTo(422);
        assertThat(unreviewed.body()).contains("政府合同签订前应当经合法性审查");

        long reviewId = review("CONTRACT", "未经审查的合同文本（测试）");
        assertThat(api("leader").postJson(CONTRACTS + "/" + id + "/legality-review", "{\"reviewId\":" + reviewId + "}")
                .status()).isEqualTo(200);
        Api.Response underReview = api("leader").postJson(CONTRACTS + "/" + id + "/signing", signing);
        assertThat(underReview.status()).as(underReview.body()).isEqualTo(422);
        assertThat(contract(id).get("signedOn").isNull()).isTrue();

        api("reviewer").postJson("/api/v1/legality/reviews/" + reviewId + "/conclusion",
                "{\"conclusion\":\"LAWFUL\",\"reasons\":\"合法\"}");
        Api.Response signed = api("leader").postJson(CONTRACTS + "/" + id + "/signing", signing);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("signedOn").asString()).isEqualTo(data.demo().today().toString());
        assertThat(signed.json().get("review").get("conclusion").asString()).isEqualTo("LAWFUL");

        Api.Response list = api("supervisor").get(CONTRACTS + "?signed=true&size=100");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("未经审查的合同（测试）", "未经审查的合同文本（测试）");
    }

    @Test
    void only_a_contract_review_can_be_linked_and_bad_amounts_are_refused() {
        long id = register("误关联的合同（测试）");
        long decisionReview = review("MAJOR_DECISION", "误关联的决策草案（测试）");
        Api.Response refused = api("leader").postJson(CONTRACTS + "/" + id + "/legality-review",
                "{\"reviewId\":" + decisionReview + "}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(contract(id).get("review").isNull()).isTrue();

        Api.Response badAmount = api("leader").postJson(CONTRACTS, """
                {"subject":"金额有误（测试）","orgUnitId":%d,"counterparty":"某公司","amount":-5}"""
                .formatted(data.sanxing().id()));
        assertThat(badAmount.status()).as(badAmount.body()).isEqualTo(422);
        assertThat(api("leader").get(CONTRACTS + "?q=" + java.net.URLEncoder.encode("金额有误",
                java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asInt()).isZero();
    }

    @Test
    void counsel_and_officers_are_refused_and_the_other_town_sees_nothing() {
        long id = register("他镇看不到的合同（测试）");
        assertThat(api("counsel").get(CONTRACTS + "/" + id).status()).isEqualTo(403);
        assertThat(api("officer1").get(CONTRACTS).status()).isEqualTo(403);
        assertThat(api("reviewer").postJson(CONTRACTS + "/" + id + "/signing", "{\"signedOn\":\"2025-10-01\"}")
                .status()).isEqualTo(403);
        String t2 = secondTownUser();
        assertThat(api(t2).get(CONTRACTS + "/" + id).status()).isEqualTo(404);
        assertThat(api(t2).get(CONTRACTS + "?size=100").body()).doesNotContain("他镇看不到的合同");
    }

    @Test
    void the_register_page_keeps_what_was_typed_when_refused_and_shows_the_demo_contracts() {
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);
        HttpResponse<String> refused = leader.postForm("/legality/contracts", Map.of("subject", "页面上的合同（测试）",
                "counterparty", "", "amount", "12.345", "orgUnitId", String.valueOf(data.sanxing().id())));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("页面上的合同（测试）", "counterparty-error", "amount-error");

        HttpResponse<String> list = leader.get("/legality/contracts");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("镇村道路养护服务合同（示例）", "镇区保洁服务外包合同（示例）", "386000.00");
        long id = register("页面上签订的合同（测试）");
        HttpResponse<String> notSigned = leader.postForm("/legality/contracts/" + id + "/signing",
                Map.of("signedOn", data.demo().today().toString()));
        assertThat(notSigned.statusCode()).isEqualTo(422);
        assertThat(notSigned.body()).contains("政府合同签订前应当经合法性审查");
    }

    /** A leader of 示例镇, made once per call. */
    private String secondTownUser() {
        String username = "t2-lc-" + Long.toString(System.nanoTime(), 36);
        Api.Response r = api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"示例镇镇领导","homeUnitId":%d,"roles":["LEADER"],"password":"%s"}"""
                .formatted(username, data.secondTown().id(), PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }
}
