package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/** The case list and page: the answer clock, the forms, a refusal shown by its field with what was typed kept. */
class LitigationPagesTest extends IntegrationTest {

    @Test
    void a_case_recorded_on_the_page_shows_its_clock_and_a_hearing_without_the_head_or_a_reason_is_refused_in_place() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        String number = "（2025）苏0684行初页" + System.nanoTime() + "号";

        HttpResponse<String> created = reviewer.postForm("/litigation/cases", Map.of("kind", "LITIGATION",
                "orgUnitId", String.valueOf(data.sanxing().id()), "caseNumber", number, "body", "海门区人民法院",
                "applicantName", "刘页面", "actType", "OTHER", "actDescription", "责令改正通知（测试）",
                "copyReceivedOn", "2025-09-20"));
        assertThat(created.statusCode()).as(created.body()).isIn(200, 302, 303);
        Api.Response found = api("reviewer").get(LitigationCaseTest.CASES + "?q=" + LitigationCaseTest.encode(number));
        long id = found.json().get("items").get(0).get("id").asLong();

        HttpResponse<String> page = reviewer.get("/litigation/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(number, "2025-10-09", "answer-form", "hearing-form", "conclusion-form");

        HttpResponse<String> refused = reviewer.postForm("/litigation/cases/" + id + "/hearings", Map.of(
                "which", "hearing", "on", "2025-11-03", "headAppeared", "false", "delegate", "司法所 页面某"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("正当理由", "司法所 页面某", "absenceReason-error");
        assertThat(api("reviewer").get(LitigationCaseTest.CASES + "/" + id).json().get("hearings")).isEmpty();

        HttpResponse<String> list = StaffSession.signIn(baseUrl(), "supervisor", PASSWORD)
                .get("/litigation/cases?q=" + LitigationCaseTest.encode(number));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(number, "刘某").doesNotContain("刘页面", "case-form");
    }
}
