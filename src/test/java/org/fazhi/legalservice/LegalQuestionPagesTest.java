package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * The advisor's inbox and a question's page: the advisor sees its own questions with their due dates and answers on
 * the page (an empty answer is told by its field and changes nothing); the judicial office sees the asker in clear
 * and the reassignment form; the leader sees the asker masked and no form.
 */
class LegalQuestionPagesTest extends IntegrationTest {

    private long ask(String question, String name, String phone) {
        Api.Response r = anonymous().postJson("/api/public/v1/legal-questions", """
                {"orgUnitId": %d, "category": "婚姻家庭", "question": "%s", "contactName": "%s",
                 "contactPhone": "%s", "publishConsent": true}""".formatted(data.unit(data.sanxing(), "林西村").id(),
                question, name, phone));
        String code = r.json().get("trackingCode").asString();
        for (var n : api("reviewer").get("/api/v1/legal-questions?size=100").json().get("items")) {
            if (n.get("trackingCode").asString().equals(code)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void the_advisor_answers_on_the_question_page_and_an_empty_answer_is_refused_by_its_field() {
        long id = ask("彩礼能要回来吗（页面测试）", "钱页面", "13966668888");
        StaffSession advisor = StaffSession.signIn(baseUrl(), "village-counsel", PASSWORD);

        String inbox = advisor.get("/legal-questions").body();
        assertThat(inbox).contains("question-table", "data-question-id=\"" + id + "\"", "解答期限");
        String page = advisor.get("/legal-questions/" + id).body();
        assertThat(page).contains("answer-form", "钱页面", "13966668888", "refer-form").doesNotContain("reassign-form");

        HttpResponse<String> refused = advisor.postForm("/legal-questions/" + id + "/answer", Map.of("text", " "));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("text-error");
        assertThat(api("reviewer").get("/api/v1/legal-questions/" + id).json().get("state").asString())
                .isEqualTo("OPEN");

        HttpResponse<String> done = advisor.postForm("/legal-questions/" + id + "/answer",
                Map.of("text", "婚前给付的彩礼可按民法典婚姻家庭编司法解释请求返还。"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(advisor.get("/legal-questions/" + id).body()).contains("question-answer", "已解答")
                .doesNotContain("answer-form");
    }

    @Test
    void the_judicial_office_sees_the_asker_and_the_reassignment_form_the_leader_sees_the_asker_masked() {
        long id = ask("房屋继承（页面测试）", "李页面", "13966669999");

        String office = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD).get("/legal-questions/" + id).body();
        String leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/legal-questions/" + id).body();

        assertThat(office).contains("李页面", "13966669999", "reassign-form", "refer-form");
        assertThat(leader).contains("李某", "139****9999").doesNotContain("李页面", "13966669999", "reassign-form",
                "refer-form", "answer-form");
        assertThat(StaffSession.signIn(baseUrl(), "counsel", PASSWORD).get("/legal-questions/" + id).statusCode())
                .isEqualTo(404);
    }
}
