package org.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.fazhi.organization.RunAs;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Major administrative decisions: the consultation of at least 30 days (art. 14), the legality review before the
 * meeting (art. 25), publication and the public view, counsel's opinion, and who may do what.
 */
class MajorDecisionTest extends IntegrationTest {

    static final String DECISIONS = "/api/v1/major-decisions";

    @Autowired
    MajorDecisionSignals signals;
    @Autowired
    RunAs runAs;

    private long open(String title) {
        Api.Response r = api("leader").postJson(DECISIONS, """
                {"title":"%s","orgUnitId":%d,"scopeItem":"CONSTRUCTION_PROJECT"}"""
                .formatted(title, data.sanxing().id()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("state").asString()).isEqualTo("OPENED");
        return r.json().get("id").asLong();
    }

    private JsonNode decision(String user, long id) {
        Api.Response r = api(user).get(DECISIONS + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private Api.Response post(long id, String step, String json) {
        return api("leader").postJson(DECISIONS + "/" + id + "/" + step, json);
    }

    /** A decision whose consultation (2025-03-01 to 2025-03-31) has closed with one comment answered. */
    private long consulted(String title) {
        long id = open(title);
        assertThat(post(id, "consultation", "{\"opensOn\":\"2025-03-01\",\"closesOn\":\"2025-03-31\","
                + "\"draft\":\"征求意见稿全文（测试）\"}").status()).isEqualTo(200);
        Api.Response c = post(id, "comments", "{\"receivedOn\":\"2025-03-10\",\"commenter\":\"张三丰\","
                + "\"text\":\"建议增加停车位（内部意见）\"}");
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        assertThat(post(id, "comments/" + c.json().get("id").asLong() + "/answer", "{\"answer\":\"已采纳\"}")
                .status()).isEqualTo(200);
        Api.Response s = post(id, "consultation-summary", "{\"summary\":\"收到意见1条，采纳1条。\"}");
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        assertThat(s.json().get("state").asString()).isEqualTo("CONSULTED");
        return id;
    }

    /** A major-decision review received 2025-09-26, due 2025-10-13 (7 working days), not yet concluded. */
    private long review(String title) {
        Api.Response r = api("reviewer").postJson("/api/v1/legality/reviews", """
                {"kind":"MAJOR_DECISION","title":"%s","orgUnitId":%d,"receivedOn":"2025-09-26",\
                "requestedBy":"2025-10-13"}""".formatted(title, data.sanxing().id()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private void conclude(long reviewId, String conclusion) {
        Api.Response r = api("reviewer").postJson("/api/v1/legality/reviews/" + reviewId + "/conclusion",
                "{\"conclusion\":\"" + conclusion + "\",\"reasons\":\"测试结论\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void a_consultation_opened_2025_03_01_closing_before_2025_03_31_without_a_reason_is_refused_naming_article_14() {
        long id = open("过短征求意见的决策（测试）");

        Api.Response refused = post(id, "consultation", "{\"opensOn\":\"2025-03-01\",\"closesOn\":\"2025-03-30\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("重大行政决策程序暂行条例", "第14条", "30", "2025-03-31");
        JsonNode unchanged = decision("leader", id);
        assertThat(unchanged.get("state").asString()).isEqualTo("OPENED");
        assertThat(unchanged.get("consultation").isNull()).isTrue();

        Api.Response urgent = post(id, "consultation",
                "{\"opensOn\":\"2025-03-01\",\"closesOn\":\"2025-03-15\",\"reason\":\"汛期前必须开工\"}");
        assertThat(urgent.status()).as(urgent.body()).isEqualTo(200);
        assertThat(urgent.json().get("state").asString()).isEqualTo("CONSULTING");
        assertThat(urgent.json().get("consultation").get("reason").asString()).isEqualTo("汛期前必须开工");
    }

    @Test
    void the_meeting_is_refused_while_the_linked_review_has_not_found_the_draft_lawful_and_nothing_changes() {
        long id = consulted("未经审查的决策（测试）");
        String discussion = "{\"meeting\":\"镇党委会\",\"heldOn\":\"" + data.demo().today()
                + "\",\"result\":\"ADOPTED\",\"attendees\":\"镇长、副镇长\"}";

        Api.Response noReview = post(id, "discussion", discussion);
        assertThat(noReview.status()).as(noReview.body()).isEqualTo(422);
        assertThat(noReview.body()).contains("第25条", "不得提交集体讨论");

        long reviewId = review("未经审查的决策草案（测试）");
        assertThat(post(id, "legality-review", "{\"reviewId\":" + reviewId + "}").status()).isEqualTo(200);
        Api.Response underReview = post(id, "discussion", discussion);
        assertThat(underReview.status()).as(underReview.body()).isEqualTo(422);
        conclude(reviewId, "UNLAWFUL");
        Api.Response unlawful = post(id, "discussion", discussion);
        assertThat(unlawful.status()).as(unlawful.body()).isEqualTo(422);

        JsonNode unchanged = decision("leader", id);
        assertThat(unchanged.get("state").asString()).isEqualTo("CONSULTED");
        assertThat(unchanged.get("discussion").isNull()).isTrue();
        assertThat(unchanged.get("missing").toString()).contains("合法");
    }

    @Test
    void a_lawful_review_lets_the_meeting_decide_the_published_decision_reaches_the_portal_without_internal_material() {
        long id = consulted("镇区停车场建设（测试）");
        long reviewId = review("镇区停车场建设草案（测试）");
        post(id, "legality-review", "{\"reviewId\":" + reviewId + "}");
        conclude(reviewId, "LAWFUL_WITH_CHANGES");
        LocalDate today = data.demo().today();

        Api.Response decided = post(id, "discussion", "{\"meeting\":\"测试专用会议甲\",\"heldOn\":\"" + today
                + "\",\"result\":\"AMENDED\",\"dissent\":\"某委员担心占用绿地（内部）\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("DECIDED");
        assertThat(decided.json().get("discussedWithoutCounsel").asBoolean()).isTrue();
        assertThat(runAs.as("supervisor", () -> signals.discussedWithoutCounsel()))
                .anyMatch(s -> s.id() == id && s.heldOn().equals(today));
        assertThat(runAs.as(secondTownLeader(), () -> signals.discussedWithoutCounsel()))
                .noneMatch(s -> s.id() == id);
        assertThat(decided.json().get("stepsDone").toString()).contains("DISCUSS", "LINK_REVIEW");

        Api.Response published = post(id, "publication", "{\"publishedOn\":\"" + today
                + "\",\"text\":\"决定建设镇区停车场（公布文本）\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");

        Api.Response pub = anonymous().get("/api/public/v1/major-decisions?town=" + data.sanxing().id());
        assertThat(pub.status()).as(pub.body()).isEqualTo(200);
        assertThat(pub.body()).contains("镇区停车场建设（测试）", "决定建设镇区停车场（公布文本）")
                .doesNotContain("内部", "张三丰", "测试结论", "已采纳", "收到意见1条", "测试专用会议甲");
        assertThat(decision("supervisor", id).get("comments").get(0).get("commenter").asString())
                .isNotEqualTo("张三丰");

        Api.Response file = api("leader").get(DECISIONS + "/" + id + "/file.docx");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes().length).isGreaterThan(1000);
    }

    @Test
    void counsels_opinion_on_the_decision_clears_the_warning() {
        long id = consulted("有法律顾问意见的决策（测试）");
        Api.Response counsel = post(id, "counsel", "{\"counsel\":\"counsel\",\"opinion\":\"程序合法\","
                + "\"on\":\"2025-04-02\"}");
        assertThat(counsel.status()).as(counsel.body()).isEqualTo(200);
        long reviewId = review("有法律顾问意见的决策草案（测试）");
        post(id, "legality-review", "{\"reviewId\":" + reviewId + "}");
        conclude(reviewId, "LAWFUL");

        Api.Response decided = post(id, "discussion", "{\"meeting\":\"镇政府常务会议\",\"heldOn\":\""
                + data.demo().today() + "\",\"result\":\"ADOPTED\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("discussedWithoutCounsel").asBoolean()).isFalse();
        assertThat(decided.json().get("missing").toString()).contains("公布");
    }

    @Test
    void only_a_review_of_a_major_decision_draft_can_be_linked() {
        long id = open("关联合同审查的决策（测试）");
        Api.Response contract = api("reviewer").postJson("/api/v1/legality/reviews", """
                {"kind":"CONTRACT","title":"误关联的合同（测试）","orgUnitId":%d,"receivedOn":"2025-09-26"}"""
                .formatted(data.sanxing().id()));
        Api.Response refused = post(id, "legality-review", "{\"reviewId\":" + contract.json().get("id").asLong() + "}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("政府合同");
        assertThat(decision("leader", id).get("review").isNull()).isTrue();
    }

    @Test
    void only_the_leader_runs_the_procedure_and_the_other_town_sees_nothing() {
        long id = open("他镇看不到的决策（测试）");

        assertThat(api("officer1").get(DECISIONS + "/" + id).status()).isEqualTo(403);
        assertThat(api("counsel").get(DECISIONS + "/" + id).status()).isEqualTo(403);
        assertThat(api("counsel").postJson(DECISIONS + "/" + id + "/consultation",
                "{\"opensOn\":\"2025-03-01\",\"closesOn\":\"2025-04-01\"}").status()).isEqualTo(403);
        assertThat(api("reviewer").postJson(DECISIONS, "{\"title\":\"审查人员立项\",\"orgUnitId\":"
                + data.sanxing().id() + ",\"scopeItem\":\"PLAN\"}").status()).isEqualTo(403);
        assertThat(decision("supervisor", id).get("title").asString()).isEqualTo("他镇看不到的决策（测试）");

        String t2 = secondTownLeader();
        assertThat(api(t2).get(DECISIONS + "/" + id).status()).isEqualTo(404);
        assertThat(api(t2).postJson(DECISIONS + "/" + id + "/consultation",
                "{\"opensOn\":\"2025-03-01\",\"closesOn\":\"2025-04-01\"}").status()).isEqualTo(404);
        assertThat(api(t2).postJson(DECISIONS, "{\"title\":\"跨镇立项\",\"orgUnitId\":" + data.sanxing().id()
                + ",\"scopeItem\":\"PLAN\"}").status()).isEqualTo(422);
        assertThat(api(t2).get(DECISIONS + "?size=100").body()).doesNotContain("他镇看不到的决策");
        assertThat(decision("leader", id).get("state").asString()).isEqualTo("OPENED");
    }

    @Test
    void the_decision_page_shows_what_is_missing_and_a_refused_form_keeps_what_was_typed() {
        long id = open("页面上的决策（测试）");
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);

        HttpResponse<String> page = leader.get("/legality/decisions/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("页面上的决策（测试）", "decision-missing", "consultation-form", "review-form")
                .doesNotContain("discussion-form", "publication-form");

        HttpResponse<String> refused = leader.postForm("/legality/decisions/" + id + "/consultation",
                Map.of("form", "consultation", "opensOn", "2025-03-01", "closesOn", "2025-03-20",
                        "draft", "页面上输入的草案"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("2025-03-31", "第14条", "页面上输入的草案", "2025-03-20", "closesOn-error");
        assertThat(decision("leader", id).get("state").asString()).isEqualTo("OPENED");

        HttpResponse<String> list = leader.get("/legality/decisions?state=OPENED&q=" + java.net.URLEncoder.encode(
                "页面上的决策", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("页面上的决策（测试）", "decision-form");
        assertThat(StaffSession.signIn(baseUrl(), "supervisor", PASSWORD).get("/legality/decisions/" + id).body())
                .doesNotContain("consultation-form", "decision-steps");
    }

    @Test
    void the_portal_lists_the_demo_decision_published_and_the_one_in_consultation_without_comments() {
        HttpResponse<String> page = StaffSession.anonymous(baseUrl()).get(data.portal(data.sanxing(),
                "major-decisions"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("三星镇农村生活污水治理提升工程（示例）", "三星镇集镇区道路改造工程（示例）",
                        "拟对集镇区主干道实施拓宽改造")
                .doesNotContain("施工期间请保留临街商铺出入通道", "李某", "王某", "司法所所长");
    }

    /** A leader of 示例镇, made once per call. */
    private String secondTownLeader() {
        String username = "t2-ld-" + Long.toString(System.nanoTime(), 36);
        Api.Response r = api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"示例镇镇领导","homeUnitId":%d,"roles":["LEADER"],"password":"%s"}"""
                .formatted(username, data.secondTown().id(), PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }
}
