package org.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Normative documents: the legality review before deliberation, no force before publication, filing within the
 * town's period (30 days after publication by default), the list due for cleanup and the public list.
 */
class NormativeDocumentTest extends IntegrationTest {

    static final String DOCUMENTS = "/api/v1/legality/normative-documents";

    private long register(String title) {
        Api.Response r = api("leader").postJson(DOCUMENTS, "{\"title\":\"%s\",\"orgUnitId\":%d}"
                .formatted(title, data.sanxing().id()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("state").asString()).isEqualTo("DRAFTING");
        return r.json().get("id").asLong();
    }

    private Api.Response post(long id, String step, String json) {
        return api("leader").postJson(DOCUMENTS + "/" + id + "/" + step, json);
    }

    private JsonNode document(long id) {
        Api.Response r = api("leader").get(DOCUMENTS + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** A lawful review of a normative document received 2025-09-01, concluded today. */
    private long lawfulReview(String title) {
        Api.Response r = api("reviewer").postJson("/api/v1/legality/reviews", """
                {"kind":"NORMATIVE_DOCUMENT","title":"%s","orgUnitId":%d,"receivedOn":"2025-09-01"}"""
                .formatted(title, data.sanxing().id()));
        long id = r.json().get("id").asLong();
        assertThat(api("reviewer").postJson("/api/v1/legality/reviews/" + id + "/conclusion",
                "{\"conclusion\":\"LAWFUL\",\"reasons\":\"合法\"}").status()).isEqualTo(200);
        return id;
    }

    @Test
    void deliberation_before_a_lawful_review_and_force_before_publication_are_refused_and_nothing_changes() {
        long id = register("未审查的规范性文件（测试）");
        String today = data.demo().today().toString();

        Api.Response unreviewed = post(id, "deliberation", "{\"meeting\":\"镇政府常务会议\",\"deliberatedOn\":\""
                + today + "\"}");
        assertThat(unreviewed.status()).as(unreviewed.body()).isEqualTo(422);
        assertThat(unreviewed.body()).contains("关于全面推行行政规范性文件合法性审核机制的指导意见", "不得提交集体审议");
        assertThat(document(id).get("state").asString()).isEqualTo("DRAFTING");

        Api.Response unpublished = post(id, "in-force", "{\"inForceFrom\":\"" + today + "\"}");
        assertThat(unpublished.status()).as(unpublished.body()).isEqualTo(422);
        assertThat(unpublished.body()).contains("未经公布的规范性文件不得作为行政管理的依据");
        JsonNode unchanged = document(id);
        assertThat(unchanged.get("state").asString()).isEqualTo("DRAFTING");
        assertThat(unchanged.get("inForceFrom").isNull()).isTrue();

        assertThat(post(id, "legality-review", "{\"reviewId\":" + lawfulReview("未审查的规范性文件送审稿（测试）") + "}")
                .status()).isEqualTo(200);
        assertThat(post(id, "deliberation", "{\"meeting\":\"镇政府常务会议\",\"deliberatedOn\":\"" + today + "\"}")
                .status()).isEqualTo(200);
        Api.Response deliberatedOnly = post(id, "in-force", "{\"inForceFrom\":\"" + today + "\"}");
        assertThat(deliberatedOnly.status()).as(deliberatedOnly.body()).isEqualTo(422);
        assertThat(document(id).get("state").asString()).isEqualTo("DELIBERATED");

        Api.Response published = post(id, "publication", "{\"docNumber\":\"三政规〔测试〕9号\",\"publishedOn\":\""
                + today + "\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("filingDueOn").asString())
                .isGreaterThanOrEqualTo(data.demo().today().plusDays(30).toString());
        Api.Response inForce = post(id, "in-force", "{\"inForceFrom\":\"" + today + "\"}");
        assertThat(inForce.status()).as(inForce.body()).isEqualTo(200);
        assertThat(inForce.json().get("state").asString()).isEqualTo("IN_FORCE");
        Api.Response filed = post(id, "filing", "{\"filedOn\":\"" + today + "\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(filed.json().get("filedOn").asString()).isEqualTo(today);
    }

    @Test
    void the_demo_document_whose_validity_ends_next_month_is_due_for_cleanup_and_the_portal_lists_published_ones() {
        Api.Response due = api("supervisor").get(DOCUMENTS + "?due=true&size=100");
        assertThat(due.status()).isEqualTo(200);
        assertThat(due.body()).contains("三星镇农村宅基地管理实施细则（示例）")
                .doesNotContain("三星镇农村人居环境长效管护考核办法（示例）");

        HttpResponse<String> portal = StaffSession.anonymous(baseUrl()).get(data.portal(data.sanxing(),
                "normative-documents"));
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("三星镇农村宅基地管理实施细则（示例）", "三政规〔")
                .doesNotContain("送审稿", "镇政府常务会议");
        Api.Response json = anonymous().get("/api/public/v1/normative-documents?town=" + data.sanxing().id());
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("三星镇农村宅基地管理实施细则（示例）", "IN_FORCE")
                .doesNotContain("reviewId", "meeting", "送审稿");
    }

    @Test
    void the_legal_reviewer_sets_the_filing_period_and_a_refused_value_changes_nothing() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        HttpResponse<String> refused = reviewer.postForm("/legality/normative-documents/filing-period",
                Map.of("filingDays", "0"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("filingDays-error");
        assertThat(api("leader").putJson(DOCUMENTS + "/filing-period", "{\"townId\":" + data.sanxing().id()
                + ",\"filingDays\":20}").status()).isEqualTo(403);
    }

    @Test
    void counsel_and_officers_are_refused_and_the_other_town_sees_nothing() {
        long id = register("他镇看不到的规范性文件（测试）");
        assertThat(api("counsel").get(DOCUMENTS + "/" + id).status()).isEqualTo(403);
        assertThat(api("officer1").postJson(DOCUMENTS, "{\"title\":\"执法人员登记\",\"orgUnitId\":"
                + data.sanxing().id() + "}").status()).isEqualTo(403);
        String t2 = "t2-ln-" + Long.toString(System.nanoTime(), 36);
        assertThat(api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"示例镇镇领导","homeUnitId":%d,"roles":["LEADER"],"password":"%s"}"""
                .formatted(t2, data.secondTown().id(), PASSWORD)).status()).isEqualTo(201);
        assertThat(api(t2).get(DOCUMENTS + "/" + id).status()).isEqualTo(404);
        assertThat(api(t2).postJson(DOCUMENTS + "/" + id + "/in-force", "{\"inForceFrom\":\"2025-10-01\"}")
                .status()).isEqualTo(404);
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);
        assertThat(leader.get("/legality/normative-documents/" + id).body()).contains("consultation-form",
                "review-form", "deliberation-form");
        assertThat(leader.get("/legality/normative-documents?due=true").statusCode()).isEqualTo(200);
    }
}
