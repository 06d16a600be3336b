package org.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Legality review: the periods worked out by hand on the official calendar (2025's National Day holiday
 * 10-01..10-08, with Sunday 09-28 and Saturday 10-11 working days), the major decision's 7 working days, counsel's
 * limited reading and its opinion, the conclusion, the refusals that change nothing, and the pages.
 */
class LegalityReviewTest extends IntegrationTest {

    private static final String REVIEWS = "/api/v1/legality/reviews";

    private Api.Response submit(String user, String kind, String title, String receivedOn, String extra) {
        return api(user).postJson(REVIEWS, """
                {"kind":"%s","title":"%s","orgUnitId":%d,"receivedOn":"%s"%s}"""
                .formatted(kind, title, data.sanxing().id(), receivedOn, extra));
    }

    private long created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode review(String user, long id) {
        Api.Response r = api(user).get(REVIEWS + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private List<Long> listedIds(String user) {
        Api.Response r = api(user).get(REVIEWS + "?size=100");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }


    @Test
    void a_normative_document_received_2025_09_26_is_due_15_working_days_later_on_2025_10_23() {
        // working days after Fri 09-26: Sun 09-28, 09-29, 09-30, (holiday 10-01..08), 10-09, 10-10, Sat 10-11,
        // 10-13..17, 10-20..23 → the 15th is Thu 2025-10-23
        Api.Response r = submit("leader", "NORMATIVE_DOCUMENT", "节后规范性文件（测试）", "2025-09-26", "");

        long id = created(r);
        assertThat(r.json().get("kind").asString()).isEqualTo("NORMATIVE_DOCUMENT");
        assertThat(r.json().get("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(r.json().get("receivedOn").asString()).isEqualTo("2025-09-26");
        assertThat(r.json().get("dueOn").asString()).isEqualTo("2025-10-23");
        assertThat(review("reviewer", id).get("reviewer").asString()).isEqualTo("reviewer");
    }

    @Test
    void a_major_decision_asking_for_less_than_7_working_days_is_refused_naming_the_earliest_date_2025_10_13() {
        // 7 working days after Fri 2025-09-26: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13
        String title = "过短的重大决策（测试）" + System.nanoTime();
        Api.Response refused = submit("leader", "MAJOR_DECISION", title, "2025-09-26",
                ",\"requestedBy\":\"2025-10-10\"");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("2025-10-13", "重大行政决策程序暂行条例", "第26条", "7个工作日");
        assertThat(api("leader").get(REVIEWS + "?q=" + java.net.URLEncoder.encode(title,
                java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asInt()).isZero();

        Api.Response earliest = submit("leader", "MAJOR_DECISION", "够期限的重大决策（测试）", "2025-09-26",
                ",\"requestedBy\":\"2025-10-13\"");
        assertThat(earliest.status()).as(earliest.body()).isEqualTo(201);
        assertThat(earliest.json().get("dueOn").asString()).isEqualTo("2025-10-13");

        Api.Response urgent = submit("leader", "MAJOR_DECISION", "紧急的重大决策（测试）", "2025-09-26",
                ",\"requestedBy\":\"2025-10-10\",\"urgencyReason\":\"防汛应急需要\"");
        assertThat(urgent.status()).as(urgent.body()).isEqualTo(201);
        assertThat(urgent.json().get("dueOn").asString()).isEqualTo("2025-10-10");
    }

    @Test
    void a_contract_takes_the_towns_default_of_10_working_days() {
        // 10 working days after Fri 2025-09-26: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13..16
        Api.Response r = submit("reviewer", "CONTRACT", "节前合同（测试）", "2025-09-26", "");

        created(r);
        assertThat(r.json().get("dueOn").asString()).isEqualTo("2025-10-16");
    }

    @Test
    void returned_for_material_the_clock_restarts_when_the_material_arrives() {
        long id = created(submit("reviewer", "NORMATIVE_DOCUMENT", "退回的规范性文件（测试）", "2025-09-26", ""));

        Api.Response returned = api("reviewer").postJson(REVIEWS + "/" + id + "/return",
                "{\"reason\":\"缺少起草说明\",\"on\":\"2025-09-29\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");

        // material on Fri 2025-10-10: 15 working days from Sat 10-11 on → 10-11, 10-13..17, 10-20..24, 10-27..30
        Api.Response material = api("reviewer").postJson(REVIEWS + "/" + id + "/material", "{\"on\":\"2025-10-10\"}");
        assertThat(material.status()).as(material.body()).isEqualTo(200);
        assertThat(material.json().get("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(material.json().get("dueOn").asString()).isEqualTo("2025-10-30");
    }

    @Test
    void counsel_reads_only_the_reviews_it_is_asked_about_writes_its_opinion_and_the_reviewer_concludes() {
        long asked = created(submit("leader", "OTHER", "征求顾问意见的事项（测试）", "2025-09-26", ""));
        long notAsked = created(submit("leader", "OTHER", "未征求顾问意见的事项（测试）", "2025-09-26", ""));
        assertThat(api("counsel").get(REVIEWS + "/" + asked).status()).isEqualTo(404);

        Api.Response request = api("reviewer").postJson(REVIEWS + "/" + asked + "/counsel-request",
                "{\"username\":\"counsel\"}");
        assertThat(request.status()).as(request.body()).isEqualTo(200);
        assertThat(request.json().get("state").asString()).isEqualTo("AWAITING_COUNSEL");

        assertThat(review("counsel", asked).get("title").asString()).isEqualTo("征求顾问意见的事项（测试）");
        assertThat(api("counsel").get(REVIEWS + "/" + notAsked).status()).isEqualTo(404);
        assertThat(listedIds("counsel")).contains(asked).doesNotContain(notAsked);
        assertThat(listedIds("leader")).contains(asked, notAsked);
        assertThat(api("village-counsel").get(REVIEWS + "/" + asked).status()).isEqualTo(404);
        assertThat(api("village-counsel").postJson(REVIEWS + "/" + asked + "/counsel-opinions",
                "{\"text\":\"越权意见\"}").status()).isEqualTo(404);

        // the reviewer may not conclude while counsel's opinion is awaited
        Api.Response early = api("reviewer").postJson(REVIEWS + "/" + asked + "/conclusion",
                "{\"conclusion\":\"LAWFUL\",\"reasons\":\"合法\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("法律顾问意见尚未出具");
        assertThat(review("reviewer", asked).get("state").asString()).isEqualTo("AWAITING_COUNSEL");

        Api.Response opinion = api("counsel").postJson(REVIEWS + "/" + asked + "/counsel-opinions",
                "{\"text\":\"建议删除第三条。\"}");
        assertThat(opinion.status()).as(opinion.body()).isEqualTo(201);
        JsonNode after = review("reviewer", asked);
        assertThat(after.get("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(after.get("counselOpinions").get(0).get("text").asString()).isEqualTo("建议删除第三条。");

        Api.Response concluded = api("reviewer").postJson(REVIEWS + "/" + asked + "/conclusion",
                "{\"conclusion\":\"LAWFUL_WITH_CHANGES\",\"reasons\":\"删除第三条后合法\",\"legalBasis\":\"《民法典》第143条\"}");
        assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
        assertThat(concluded.json().get("state").asString()).isEqualTo("CONCLUDED");
        assertThat(concluded.json().get("conclusion").asString()).isEqualTo("LAWFUL_WITH_CHANGES");
        assertThat(concluded.json().get("nextSteps").size()).isZero();

        Api.Response docx = api("leader").get(REVIEWS + "/" + asked + "/opinion.docx");
        assertThat(docx.status()).isEqualTo(200);
        String text = docxText(docx.bytes());
        assertThat(text).contains("合法性审查意见书", "征求顾问意见的事项（测试）", "2025年9月26日", "修改后合法",
                "删除第三条后合法", "《民法典》第143条", "建议删除第三条。", "三星镇司法所");
        Api.Response none = api("leader").get(REVIEWS + "/" + notAsked + "/opinion.docx");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("尚未出具意见");
    }

    private static String docxText(byte[] bytes) {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder();
            doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
            return sb.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_step_the_state_does_not_allow_is_refused_in_chinese_and_changes_nothing() {
        long id = created(submit("reviewer", "OTHER", "已办结的事项（测试）", "2025-09-26", ""));
        assertThat(api("reviewer").postJson(REVIEWS + "/" + id + "/conclusion",
                "{\"conclusion\":\"UNLAWFUL\",\"reasons\":\"超越职权\"}").status()).isEqualTo(200);

        Api.Response again = api("reviewer").postJson(REVIEWS + "/" + id + "/counsel-request",
                "{\"username\":\"counsel\"}");

        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).isEqualTo("该审查当前为“已出具审查意见”，不能征求法律顾问意见。");
        JsonNode read = review("reviewer", id);
        assertThat(read.get("state").asString()).isEqualTo("CONCLUDED");
        assertThat(read.get("conclusion").asString()).isEqualTo("UNLAWFUL");
        assertThat(read.get("counselOpinions").size()).isZero();

        Api.Response notCounsel = api("reviewer").postJson(REVIEWS + "/" + created(submit("reviewer", "OTHER",
                "问错人的事项（测试）", "2025-09-26", "")) + "/counsel-request", "{\"username\":\"officer1\"}");
        assertThat(notCounsel.status()).as(notCounsel.body()).isEqualTo(422);
        assertThat(notCounsel.body()).contains("不是本镇的法律顾问");
    }

    @Test
    void roles_without_the_permission_are_refused_and_the_other_town_sees_nothing() {
        long id = created(submit("leader", "CONTRACT", "示例镇看不到的合同（测试）", "2025-09-26", ""));

        assertThat(submit("officer1", "CONTRACT", "执法人员送审（测试）", "2025-09-26", "").status()).isEqualTo(403);
        assertThat(api("officer1").get(REVIEWS + "/" + id).status()).isEqualTo(403);
        assertThat(api("leader").postJson(REVIEWS + "/" + id + "/conclusion",
                "{\"conclusion\":\"LAWFUL\",\"reasons\":\"合法\"}").status()).isEqualTo(403);
        assertThat(api("counsel").postJson(REVIEWS + "/" + id + "/counsel-request",
                "{\"username\":\"counsel\"}").status()).isEqualTo(403);
        assertThat(api("reviewer").postJson(REVIEWS + "/" + id + "/counsel-opinions",
                "{\"text\":\"审查人员不能代写\"}").status()).isEqualTo(403);

        String t2 = secondTownReviewer();
        assertThat(api(t2).get(REVIEWS + "/" + id).status()).isEqualTo(404);
        assertThat(api(t2).postJson(REVIEWS + "/" + id + "/conclusion",
                "{\"conclusion\":\"LAWFUL\",\"reasons\":\"合法\"}").status()).isEqualTo(404);
        assertThat(listedIds(t2)).doesNotContain(id);
        assertThat(review("leader", id).get("state").asString()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void the_legal_team_figures_count_counsels_opinions_of_the_year_by_review_kind() {
        long id = created(submit("reviewer", "CONTRACT", "统计用合同（测试）", "2025-09-26", ""));
        int before = contracts(2025, "leader");
        api("reviewer").postJson(REVIEWS + "/" + id + "/counsel-request", "{\"username\":\"counsel\"}");
        assertThat(api("counsel").postJson(REVIEWS + "/" + id + "/counsel-opinions", "{\"text\":\"可以签订。\"}")
                .status()).isEqualTo(201);

        // the opinion is written today, so it counts in the current year
        int year = java.time.LocalDate.now().getYear();
        assertThat(contracts(year, "leader")).isGreaterThanOrEqualTo(1);
        assertThat(contracts(2025, "leader")).isEqualTo(before);
        JsonNode reportYear = api("leader").get("/api/v1/legal-teams/statistics?year=" + data.reportYear()
                + "&orgUnit=" + data.sanxing().id()).json();
        assertThat(reportYear.get("counselOpinions").get("byKind").get("NORMATIVE_DOCUMENT").asInt())
                .isGreaterThanOrEqualTo(1);
    }

    private int contracts(int year, String user) {
        Api.Response r = api(user).get("/api/v1/legal-teams/statistics?year=" + year + "&orgUnit="
                + data.sanxing().id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode n = r.json().get("counselOpinions").get("byKind").get("CONTRACT");
        return n == null ? 0 : n.asInt();
    }

    @Test
    void the_review_page_shows_the_clock_and_the_allowed_steps_and_a_refused_form_keeps_what_was_typed() {
        long id = created(submit("reviewer", "NORMATIVE_DOCUMENT", "页面上的规范性文件（测试）", "2025-09-26", ""));
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);

        HttpResponse<String> page = reviewer.get("/legality/reviews/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("页面上的规范性文件（测试）", "2025-10-23", "counsel-form", "return-form",
                "conclusion-form").doesNotContain("material-form");

        HttpResponse<String> refused = reviewer.postForm("/legality/reviews",
                Map.of("kind", "MAJOR_DECISION", "title", "页面上过短的重大决策（测试）",
                        "orgUnitId", String.valueOf(data.sanxing().id()), "receivedOn", "2025-09-26",
                        "requestedBy", "2025-10-09"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("2025-10-13", "页面上过短的重大决策（测试）", "2025-10-09");

        HttpResponse<String> list = reviewer.get("/legality/reviews?kind=NORMATIVE_DOCUMENT");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("页面上的规范性文件（测试）");
        assertThat(reviewer.get("/legality/section").statusCode()).isEqualTo(200);
    }

    @Test
    void a_reassigned_review_takes_its_period_to_the_new_reviewers_list() {
        // named to sort after "reviewer", the reviewer new reviews go to, so that other tests still find theirs there
        String second = "reviewer2-" + Long.toString(System.nanoTime(), 36);
        Api.Response made = api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"第二法制审核员","homeUnitId":%d,"roles":["LEGAL_REVIEWER"],"password":"%s"}"""
                .formatted(second, data.unit(data.sanxing(), "司法所").id(), PASSWORD));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = created(submit("leader", "NORMATIVE_DOCUMENT", "改派的规范性文件（测试）", "2025-09-26", ""));

        Api.Response moved = api("reviewer").postJson(REVIEWS + "/" + id + "/reviewer",
                "{\"username\":\"" + second + "\",\"reason\":\"原审查人员出差\"}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(review("reviewer", id).get("reviewer").asString()).isEqualTo(second);
        List<String> assignees = new ArrayList<>();
        for (JsonNode d : api("leader").get("/api/v1/deadlines?status=ALL&q=" + java.net.URLEncoder.encode(
                "改派的规范性文件", java.nio.charset.StandardCharsets.UTF_8) + "&size=50").json().get("items")) {
            assignees.add(d.get("assignee").asString());
        }
        assertThat(assignees).contains(second).doesNotContain("reviewer");
    }

    @Test
    void the_reviewer_sets_the_towns_period_for_other_drafts_on_the_list_page_and_later_drafts_follow_it() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        assertThat(reviewer.get("/legality/reviews").body()).contains("id=\"review-settings\"");
        assertThat(StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/legality/reviews").body())
                .doesNotContain("id=\"review-settings\"");
        try {
            HttpResponse<String> refused = reviewer.postForm("/legality/settings",
                    Map.of("otherWorkingDays", "0", "counselWorkingDays", "5"));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("期限应为1至");
            assertThat(api("reviewer").get(REVIEWS.replace("/reviews", "/settings") + "?townId=" + data.sanxing().id())
                    .json().get("otherWorkingDays").asInt()).isEqualTo(10);

            assertThat(reviewer.postForm("/legality/settings",
                    Map.of("otherWorkingDays", "12", "counselWorkingDays", "5")).statusCode()).isEqualTo(302);
            assertThat(reviewer.get("/legality/reviews").body()).contains("审查期限设置已保存");
            // 12 working days after Fri 2025-09-26: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13..17, 10-20
            Api.Response contract = submit("reviewer", "CONTRACT", "设置后的合同（测试）", "2025-09-26", "");
            assertThat(contract.status()).as(contract.body()).isEqualTo(201);
            assertThat(contract.json().get("dueOn").asString()).isEqualTo("2025-10-20");
            assertThat(StaffSession.signIn(baseUrl(), "leader", PASSWORD).postForm("/legality/settings",
                    Map.of("otherWorkingDays", "3", "counselWorkingDays", "3")).statusCode()).isEqualTo(403);
        } finally {
            reviewer.postForm("/legality/settings", Map.of("otherWorkingDays", "10", "counselWorkingDays", "5"));
        }
    }
}
