package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Year;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/** The 普法 console forms as staff use them: a question added to the bank, the theme list, an activity's duty item. */
class PublicityPagesTest extends IntegrationTest {

    private StaffSession signIn(String user) {
        return StaffSession.signIn(baseUrl(), user, PASSWORD);
    }

    private static Map<String, String> question(String stem, String kind, String answer) {
        return Map.of("kind", kind, "stem", stem, "optionA", "十八周岁", "optionB", "十六周岁", "optionC", "二十周岁",
                "optionD", "二十二周岁", "answer", answer, "explanation", "成年人为完全民事行为能力人。",
                "legalBasis", "《中华人民共和国民法典》第十七条", "theme", "民法典");
    }

    @Test
    void a_single_choice_question_with_one_letter_is_added_to_the_bank() {
        StaffSession educator = signIn("educator");

        HttpResponse<String> r = educator.postForm("/publicity/questions", question("页面添加：成年年龄是多少", "SINGLE", "A"));

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(educator.get("/publicity/quizzes").body()).contains("页面添加：成年年龄是多少");
    }

    @Test
    void a_multiple_choice_question_with_one_letter_is_refused_by_the_answer_keeping_what_was_typed() {
        StaffSession educator = signIn("educator");

        HttpResponse<String> r = educator.postForm("/publicity/questions", question("页面拒绝：哪些属于成年人", "MULTIPLE", "A"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"answer-error\"", "多选题的答案选项个数不对", "页面拒绝：哪些属于成年人",
                "《中华人民共和国民法典》第十七条");
        assertThat(api("educator").get("/api/v1/publicity/questions").body()).doesNotContain("页面拒绝：哪些属于成年人");
    }

    @Test
    void a_theme_already_on_the_list_is_refused_and_a_new_one_is_added() {
        StaffSession educator = signIn("educator");

        HttpResponse<String> refused = educator.postForm("/publicity/themes", Map.of("themeName", "宪法"));
        HttpResponse<String> added = educator.postForm("/publicity/themes", Map.of("themeName", "页面主题：乡村振兴促进法"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"themeName-error\"", "主题“宪法”已在主题列表中");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(educator.get("/publicity/themes").body()).contains("页面主题：乡村振兴促进法");
        assertThat(signIn("mediator").postForm("/publicity/themes", Map.of("themeName", "无权限")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_activity_recorded_on_the_page_with_a_duty_item_counts_on_the_duty_board() {
        int year = Year.now().getValue();
        Api.Response item = api("officer1").postJson("/api/v1/publicity/duties",
                "{\"year\":%d,\"content\":\"页面计入：安全生产法进企业\",\"planned\":3,\"dueQuarter\":4}".formatted(year));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String id = item.json().get("id").asString();
        StaffSession officer = signIn("officer1");
        assertThat(officer.get("/publicity/activities").body()).contains("value=\"" + id + "\"", "页面计入：安全生产法进企业");

        HttpResponse<String> r = officer.postForm("/publicity/activities", Map.of("heldOn", "2026-01-15",
                "name", "安全生产法进企业宣讲", "themes", "送法进企业", "type", "CAMPAIGN", "form", "LECTURE",
                "organiser", "综合行政执法局", "participants", "60", "materials", "80", "dutyItemId", id));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String board = officer.get("/publicity/duties?year=" + year).body();
        assertThat(board).contains("页面计入：安全生产法进企业");
        assertThat(board.substring(board.indexOf("页面计入：安全生产法进企业"))).contains("已完成 1 / 计划 3");
    }
}
