package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 在线学法答题 on the public API: the questions without answers, a marked sheet with explanations and legal basis,
 * the refusals (400 naming the field, 422 outside the period) that write nothing, and the staff figures.
 */
class PublicQuizTest extends IntegrationTest {

    private JsonNode demoQuiz() {
        Api.Response r = anonymous().get("/api/public/v1/quizzes?town=" + data.sanxing().id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode q : r.json()) {
            if (q.get("title").asString().startsWith("民法典与防范电信网络诈骗")) {
                return anonymous().get("/api/public/v1/quizzes/" + q.get("id").asLong()).json();
            }
        }
        throw new AssertionError("demo quiz not open: " + r.body());
    }

    private long answers() {
        return api("educator").get("/api/v1/publicity/statistics/quizzes?year=" + data.demo().currentYear()
                + "&orgUnit=" + data.sanxing().id()).json().get("answers").asLong();
    }

    /** The staff's answer key, read from the bank. */
    private String rightSheet(JsonNode quiz, Long villageId) {
        JsonNode bank = api("educator").get("/api/v1/publicity/questions").json();
        List<String> entries = new ArrayList<>();
        for (JsonNode q : quiz.get("questions")) {
            for (JsonNode b : bank) {
                if (b.get("id").asLong() == q.get("id").asLong()) {
                    List<String> letters = new ArrayList<>();
                    for (String l : b.get("answer").asString().split("")) {
                        letters.add("\"" + l + "\"");
                    }
                    entries.add("\"" + q.get("id").asLong() + "\":[" + String.join(",", letters) + "]");
                }
            }
        }
        return "{" + (villageId == null ? "" : "\"villageId\":" + villageId + ",") + "\"answers\":{"
                + String.join(",", entries) + "}}";
    }

    @Test
    void the_public_sees_the_questions_without_answers_and_gets_score_explanation_and_legal_basis() {
        JsonNode quiz = demoQuiz();
        assertThat(quiz.get("questions").size()).isEqualTo(10);
        String shown = quiz.toString();
        assertThat(shown).doesNotContain("\"answer\"", "explanation", "legalBasis", "《中华人民共和国");
        long before = answers();

        Api.Response r = anonymous().postJson("/api/public/v1/quizzes/" + quiz.get("id").asLong() + "/answers",
                rightSheet(quiz, data.unit(data.sanxing(), "东兴村").id()));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("score").asInt()).isEqualTo(10);
        assertThat(r.json().get("total").asInt()).isEqualTo(10);
        JsonNode first = r.json().get("results").get(0);
        assertThat(first.get("correct").asBoolean()).isTrue();
        assertThat(first.get("explanation").asString()).isNotBlank();
        assertThat(first.get("legalBasis").asString()).contains("民法典");
        assertThat(answers()).isEqualTo(before + 1);
        JsonNode figures = api("educator").get("/api/v1/publicity/statistics/quizzes?year="
                + data.demo().currentYear() + "&orgUnit=" + data.sanxing().id()).json();
        assertThat(figures.get("byVillage").get("东兴村").asLong()).isPositive();
        assertThat(figures.get("averageScore").asDouble()).isPositive();
    }

    @Test
    void an_unanswered_question_counts_as_wrong() {
        JsonNode quiz = demoQuiz();
        long firstId = quiz.get("questions").get(0).get("id").asLong();

        Api.Response r = anonymous().postJson("/api/public/v1/quizzes/" + quiz.get("id").asLong() + "/answers",
                "{\"answers\":{\"" + firstId + "\":[\"B\"]}}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("score").asInt()).isEqualTo(1);
        assertThat(r.json().get("results").get(1).get("correct").asBoolean()).isFalse();
    }

    @Test
    void an_unknown_question_or_a_wrong_number_of_choices_is_refused_naming_the_field_and_nothing_is_kept() {
        JsonNode quiz = demoQuiz();
        long id = quiz.get("id").asLong();
        long single = quiz.get("questions").get(0).get("id").asLong();
        long before = answers();

        Api.Response unknown = anonymous().postJson("/api/public/v1/quizzes/" + id + "/answers",
                "{\"answers\":{\"999999999\":[\"A\"]}}");
        Api.Response twoForSingle = anonymous().postJson("/api/public/v1/quizzes/" + id + "/answers",
                "{\"answers\":{\"" + single + "\":[\"A\",\"B\"]}}");
        Api.Response otherTownVillage = anonymous().postJson("/api/public/v1/quizzes/" + id + "/answers",
                "{\"villageId\":" + data.unit(data.secondTown(), "示例一村").id() + ",\"answers\":{}}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("answers.999999999", "不属于本次答题");
        assertThat(twoForSingle.status()).isEqualTo(400);
        assertThat(twoForSingle.body()).contains("answers." + single, "单选");
        assertThat(otherTownVillage.status()).isEqualTo(400);
        assertThat(otherTownVillage.body()).contains("villageId");
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void a_quiz_outside_its_period_refuses_every_sheet_and_is_not_listed() {
        long question = demoQuiz().get("questions").get(0).get("id").asLong();
        Api.Response created = api("educator").postJson("/api/v1/publicity/quizzes", """
                {"title":"已截止的答题","theme":"民法典","opensOn":"2024-03-01","closesOn":"2024-03-31",
                 "questionIds":[%d]}""".formatted(question));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        long before = answers();

        Api.Response r = anonymous().postJson("/api/public/v1/quizzes/" + id + "/answers",
                "{\"answers\":{\"" + question + "\":[\"B\"]}}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("2024-03-01", "2024-03-31");
        assertThat(answers()).isEqualTo(before);
        assertThat(anonymous().get("/api/public/v1/quizzes?town=" + data.sanxing().id()).body())
                .doesNotContain("已截止的答题");
    }

    @Test
    void a_quiz_names_only_questions_of_its_own_towns_bank_and_the_other_town_lists_none_of_sanxings() {
        long question = demoQuiz().get("questions").get(0).get("id").asLong();

        Api.Response r = api("t2-officer1").postJson("/api/v1/publicity/quizzes", """
                {"title":"借用题目","opensOn":"2024-03-01","closesOn":"2024-03-31","questionIds":[%d]}"""
                .formatted(question));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("questionIds");
        assertThat(anonymous().get("/api/public/v1/quizzes?town=" + data.secondTown().id()).body())
                .doesNotContain("民法典与防范电信网络诈骗");
        assertThat(api("mediator").postJson("/api/v1/publicity/quizzes", "{}").status()).isEqualTo(403);
    }
}
