package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Findings from the data: a disclosure application received on 2025-03-03 and never answered is overdue under
 * 《政府信息公开条例》第33条; a run finds it once however often it runs, the judicial office sends the department a
 * rectification notice, the department answers, the notice is closed — and found again, the finding is a repeat.
 */
class FindingTest extends IntegrationTest {

    private static final String SV = "/api/v1/supervision";

    private String overdueApplication() {
        Api.Response r = api("clerk").postJson("/api/v1/disclosure/applications", """
                {"receivedOn":"2025-03-03","channel":"IN_PERSON","applicantType":"NATURAL_PERSON","applicantName":"李四",
                 "idNumber":"320684199001011234","phone":"13800001111","address":"三星镇人民路1号",
                 "content":"监督规则测试：2024年本镇道路养护经费"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private List<JsonNode> raisedFor(Api.Response run, String subjectId) {
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        run.json().get("findings").forEach(f -> {
            if (f.get("subjectType").asString().equals("disclosure.application")
                    && f.get("subjectId").asString().equals(subjectId)) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    void an_unanswered_application_is_found_once_and_after_closure_found_again_as_a_repeat() {
        String id = overdueApplication();

        List<JsonNode> first = raisedFor(api("reviewer").postJson(SV + "/findings/run", "{}"), id);
        assertThat(first).hasSize(1);
        JsonNode finding = first.get(0);
        assertThat(finding.get("rule").asString()).isEqualTo("DISCLOSURE_REGULATION_ART_33");
        assertThat(finding.get("link").asString()).isEqualTo("/disclosure/applications/" + id);
        assertThat(finding.get("repeat").asBoolean()).isFalse();
        assertThat(finding.get("orgUnitId").asLong()).isEqualTo(data.unit(data.sanxing(), "政务公开办公室").id());
        assertThat(raisedFor(api("reviewer").postJson(SV + "/findings/run", "{}"), id)).isEmpty();

        Api.Response issued = api("reviewer").postJson(SV + "/notices", """
                {"findingIds":[%d],"kind":"RECTIFICATION","opinion":"请立即答复申请人并查明逾期原因。","answerBy":"%s"}"""
                .formatted(finding.get("id").asLong(), data.demo().inDays(15)));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long notice = issued.json().get("id").asLong();
        assertThat(issued.json().get("findings").get(0).get("state").asString()).isEqualTo("NOTIFIED");
        Api.Response docx = api("supervisor").get(SV + "/notices/" + notice + "/notice.docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(org.fazhi.support.Docx.text(docx.bytes())).contains("行政执法整改通知书", "依申请公开逾期未答复");

        // another department of the town may not answer for the disclosure office
        Api.Response notTheirs = api("officer1").postJson(SV + "/notices/" + notice + "/answer",
                "{\"answer\":\"代为答复\"}");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(api("reviewer").get(SV + "/notices/" + notice).json().get("state").asString()).isEqualTo("ISSUED");

        Api.Response answered = api("clerk").postJson(SV + "/notices/" + notice + "/answer",
                "{\"answer\":\"已于当日答复申请人，并建立到期提醒。\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Api.Response closed = api("reviewer").postJson(SV + "/notices/" + notice + "/closure", "{\"note\":\"整改到位\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("findings").get(0).get("state").asString()).isEqualTo("CLOSED");

        List<JsonNode> again = raisedFor(api("reviewer").postJson(SV + "/findings/run", "{}"), id);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).get("repeat").asBoolean()).isTrue();
    }

    @Test
    void a_notice_without_findings_is_refused_and_only_the_judicial_office_runs_the_rules() {
        Api.Response none = api("reviewer").postJson(SV + "/notices", """
                {"findingIds":[],"kind":"OPINION","opinion":"无","answerBy":"%s"}""".formatted(data.demo().inDays(15)));
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.body()).contains("findingIds");

        assertThat(api("officer1").postJson(SV + "/findings/run", "{}").status()).isEqualTo(403);
        assertThat(api("supervisor").postJson(SV + "/findings/run", "{}").status()).isEqualTo(403);
        assertThat(api("clerk").get(SV + "/findings").status()).isEqualTo(403);
    }

    @Test
    void the_district_compares_every_town_and_a_town_sees_only_itself_with_its_lawsuits_lost() {
        Api.Response district = api("supervisor").get(SV + "/overview?year=" + data.reportYear());
        assertThat(district.status()).as(district.body()).isEqualTo(200);
        List<Long> towns = new ArrayList<>();
        district.json().get("towns").forEach(t -> towns.add(t.get("orgUnitId").asLong()));
        assertThat(towns).contains(data.sanxing().id(), data.secondTown().id());
        JsonNode sanxing = district.json().get("towns").get(towns.indexOf(data.sanxing().id()));
        assertThat(sanxing.get("litigationLost").isNumber()).isTrue();
        assertThat(sanxing.has("appearanceRate")).isTrue();
        assertThat(sanxing.has("publicationOnTimeRate")).isTrue();

        Api.Response town = api("reviewer").get(SV + "/overview?year=" + data.reportYear());
        assertThat(town.json().get("towns")).hasSize(1);
        assertThat(town.json().get("towns").get(0).get("orgUnitId").asLong()).isEqualTo(data.sanxing().id());

        assertThat(api("supervisor").get(SV + "/overview").status()).isIn(400, 422);
        assertThat(api("officer1").get(SV + "/overview?year=2025").status()).isEqualTo(403);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.fazhi.legality.MajorDecisionSignals signals;

    @org.springframework.beans.factory.annotation.Autowired
    org.fazhi.organization.RunAs runAs;

    @Test
    void every_major_decision_discussed_without_counsel_becomes_a_finding_linked_to_the_decision() {
        List<Long> signalled = runAs.as("reviewer", () -> signals.discussedWithoutCounsel()).stream()
                .map(org.fazhi.legality.MajorDecisionSignals.DiscussedWithoutCounsel::id).toList();
        assertThat(api("reviewer").postJson(SV + "/findings/run", "{}").status()).isEqualTo(200);

        Api.Response list = api("reviewer").get(SV + "/findings?rule=COUNSEL_POLICY_MAJOR_DECISION&size=100");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Long> found = new ArrayList<>();
        list.json().get("items").forEach(f -> {
            found.add(f.get("subjectId").asLong());
            assertThat(f.get("link").asString()).isEqualTo("/legality/decisions/" + f.get("subjectId").asString());
        });
        assertThat(found).containsAll(signalled);
    }
}
