package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A draft generated again after approval is compared with the approved report of the same town and year: a dispute
 * accepted since changes the figure (old → new) and the sentence quoting it; a section edited since shows its new
 * sentence; sections alike are left out.
 */
class ReportDiffTest extends IntegrationTest {

    private static final String BASE = RuleOfLawReportTest.BASE;

    private JsonNode generate() {
        return RuleOfLawReportTest.created(api("reviewer").postJson(BASE, """
                {"year":%d,"orgUnitId":%d}""".formatted(data.reportYear(), data.sanxing().id())));
    }

    @Test
    void after_a_new_dispute_the_regenerated_draft_shows_the_changed_figure_and_sentence_against_the_approved_one() {
        int year = data.reportYear();
        long approvedId = generate().get("id").asLong();
        Api.Response approved = api("leader").postJson(BASE + "/" + approvedId + "/approval", "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        String before = RuleOfLawReportTest.figures(approved.json()).get("mediation.accepted").get("value").asString();
        Api.Response d = api("mediator").postJson("/api/v1/mediation/disputes", """
                {"localityId": %d, "acceptedOn": "%s", "category": "NEIGHBOURHOOD", "source": "APPLICATION",
                 "channel": "WALK_IN", "summary": "比对测试登记的纠纷", "riskLevel": "LOW", "major": false,
                 "deaths": 0, "personsInvolved": 2, "committee": "TOWN",
                 "parties": [{"role": "APPLICANT", "name": "比对甲"}, {"role": "RESPONDENT", "name": "比对乙"}]}
                """.formatted(data.unit(data.sanxing(), "林西村").id(), LocalDate.of(year, 7, 8)));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        long draftId = generate().get("id").asLong();
        assertThat(api("reviewer").putJson(BASE + "/" + draftId + "/sections/shortcomings",
                "{\"text\":\"法治宣传形式仍较单一。新媒体普法尚在起步。\"}").status()).isEqualTo(200);

        Api.Response r = api("leader").get(BASE + "/" + draftId + "/diff");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode diff = r.json();
        assertThat(diff.get("approvedId").asLong()).isEqualTo(approvedId);
        JsonNode disputes = section(diff, "measures.disputes");
        JsonNode accepted = null;
        for (JsonNode f : disputes.get("figures")) {
            if (f.get("key").asString().equals("mediation.accepted")) {
                accepted = f;
            }
        }
        assertThat(accepted).isNotNull();
        String after = String.valueOf(Long.parseLong(before) + 1);
        assertThat(accepted.get("oldValue").asString()).isEqualTo(before);
        assertThat(accepted.get("newValue").asString()).isEqualTo(after);
        assertThat(accepted.get("link").asString()).startsWith("/mediation/disputes?year=" + year);
        JsonNode change = disputes.get("text").get(0);
        assertThat(change.get("removed").toString()).contains("共受理各类纠纷" + before + "件");
        assertThat(change.get("added").toString()).contains("共受理各类纠纷" + after + "件");
        assertThat(section(diff, "shortcomings").get("text").toString()).contains("新媒体普法尚在起步。");
        assertThat(diff.toString()).doesNotContain("\"key\":\"plans\"");

        HttpResponse<String> page = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD)
                .get("/reports/rule-of-law/" + draftId + "/diff");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("diff-against", "受理各类纠纷（件）", ">" + before + "<", ">" + after + "<",
                "新媒体普法尚在起步。");
    }

    @Test
    void another_towns_reviewer_may_not_compare_the_towns_report() {
        long id = generate().get("id").asLong();
        String username = "t2-df-" + Long.toString(System.nanoTime(), 36);
        assertThat(api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"示例镇法制审核员","homeUnitId":%d,"roles":["LEGAL_REVIEWER"],"password":"%s"}"""
                .formatted(username, data.unit(data.secondTown(), "司法所").id(), PASSWORD)).status()).isEqualTo(201);

        assertThat(api(username).get(BASE + "/" + id + "/diff").status()).isEqualTo(404);
        assertThat(api("officer1").get(BASE + "/" + id + "/diff").status()).isEqualTo(403);
    }

    private static JsonNode section(JsonNode diff, String key) {
        for (JsonNode s : diff.get("sections")) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no change in section " + key + ": " + diff);
    }
}
