package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.fazhi.organization.RunAs;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.DecisionToPublish;
import org.fazhi.publication.PartyType;
import org.fazhi.publication.PublicationDesk;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 执法公示 of decided cases: a penalty decision reaches the publication desk in the deciding transaction (《行政处罚法》
 * 第48条), its revocation starts the withdrawal, and a decision the desk refuses is not recorded either.
 */
class DecisionPublicationTest extends IntegrationTest {

    private static final String CASES = "/api/v1/enforcement/cases";
    private final LocalDate today = LocalDate.now(FazhiApplication.ZONE);

    @Autowired
    PublicationDesk desk;

    @Autowired
    RunAs runAs;

    /** The two demo officers with valid certificates, as a JSON array of ids. */
    private String team() {
        List<Long> ids = new java.util.ArrayList<>();
        api("reviewer").get("/api/v1/officers").json().forEach(n -> {
            if (List.of("执法人员甲（示例）", "执法人员乙（示例）").contains(n.get("name").asString())) {
                ids.add(n.get("id").asLong());
            }
        });
        assertThat(ids).hasSize(2);
        return ids.toString();
    }

    private Api.Response step(String user, long id, String step, String json) {
        return api(user).postJson(CASES + "/" + id + "/steps/" + step, json);
    }

    private void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private void sign(long id, String stage, LocalDate on, String... users) {
        for (String u : users) {
            ok(api(u).postJson(CASES + "/" + id + "/approvals",
                    "{\"stage\":\"" + stage + "\",\"agree\":true,\"opinion\":\"同意。\",\"on\":\"" + on + "\"}"));
        }
    }

    private JsonNode caseInfo(long id) {
        return api("leader").get(CASES + "/" + id).json().get("caseInfo");
    }

    /** Files an ordinary case and takes it through review and the decision approval: ready to decide on the day. */
    private long readyToDecide(String title, LocalDate filedOn) {
        Api.Response filed = api("officer1").postJson(CASES, """
                {"procedure": "ORDINARY", "title": "%s", "partyType": "NATURAL_PERSON", "partyName": "王五（测试）",
                 "partyIdNumber": "320684199202021234", "violation": "在示例路占道摆摊",
                 "legalBasis": "《城市市容和环境卫生管理条例》第三十六条", "filedOn": "%s"}
                """.formatted(title, filedOn));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        sign(id, "FILING", filedOn, "officer1", "leader");
        ok(step("officer1", id, "INVESTIGATE", "{\"on\":\"" + filedOn.plusDays(1) + "\",\"officerIds\":" + team() + "}"));
        ok(api("officer1").postJson(CASES + "/" + id + "/proposal", "{\"kinds\":[\"WARNING\",\"FINE\"],\"fine\":800}"));
        sign(id, "PROPOSAL", filedOn.plusDays(2), "officer1", "leader");
        LocalDate notified = filedOn.plusDays(3);
        ok(step("officer1", id, "NOTIFY", "{\"on\":\"" + notified + "\",\"officerIds\":" + team() + "}"));
        ok(step("officer1", id, "WAIVE_STATEMENT", "{\"on\":\"" + notified.plusDays(1)
                + "\",\"note\":\"当事人书面放弃陈述申辩\"}"));
        ok(step("officer1", id, "SUBMIT_REVIEW", "{\"on\":\"" + notified.plusDays(1) + "\"}"));
        ok(step("reviewer", id, "REVIEW", "{\"on\":\"" + notified.plusDays(2)
                + "\",\"passed\":true,\"opinion\":\"事实清楚，证据确凿\",\"counselOpinion\":\"同意审核意见\"}"));
        sign(id, "DECISION", notified.plusDays(3), "officer1", "leader", "leader", "leader");
        return id;
    }

    private Api.Response decide(long id, LocalDate on) {
        return step("officer1", id, "DECIDE", "{\"on\":\"" + on
                + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"WARNING\",\"FINE\"],\"fine\":800}");
    }

    private List<JsonNode> publicationsOf(String caseNumber) {
        JsonNode page = api("reviewer").get("/api/v1/publications?size=100&q="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)).json();
        List<JsonNode> found = new java.util.ArrayList<>();
        page.get("items").forEach(p -> {
            if (p.get("caseNumber").asString().equals(caseNumber)) {
                found.add(p);
            }
        });
        return found;
    }

    @Test
    void a_penalty_decision_reaches_the_desk_redacted_and_its_revocation_starts_the_withdrawal() {
        LocalDate filedOn = today.minusDays(40);
        long id = readyToDecide("公示测试占道经营案", filedOn);
        LocalDate decidedOn = filedOn.plusDays(6);

        Api.Response decided = decide(id, decidedOn);

        ok(decided);
        String caseNumber = decided.json().get("caseNumber").asString();
        List<JsonNode> found = publicationsOf(caseNumber);
        assertThat(found).hasSize(1);
        JsonNode p = found.get(0);
        assertThat(p.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(p.get("decisionNumber").asString()).isEqualTo(decided.json().get("decisionNumber").asString());
        assertThat(p.get("decidedOn").asString()).isEqualTo(decidedOn.toString());
        assertThat(p.get("partyName").asString()).startsWith("王某");
        assertThat(p.get("fineAmount").decimalValue()).isEqualByComparingTo(new BigDecimal("800"));
        assertThat(p.toString()).doesNotContain("王五", "320684199202021234");

        ok(api("reviewer").postJson("/api/v1/publications/" + p.get("id").asLong() + "/confirm", "{}"));
        ok(step("leader", id, "REVOKE", "{\"on\":\"" + decidedOn.plusDays(10)
                + "\",\"note\":\"经行政复议撤销原处罚决定\"}"));

        JsonNode revoked = publicationsOf(caseNumber).get(0);
        assertThat(revoked.get("revokedOn").asString()).isEqualTo(decidedOn.plusDays(10).toString());
        assertThat(revoked.get("withdrawalReason").asString()).isEqualTo("经行政复议撤销原处罚决定");
        assertThat(revoked.get("withdrawalDueOn").isNull()).isFalse();
    }

    @Test
    void a_decision_the_desk_refuses_is_not_recorded_either() {
        LocalDate filedOn = today.minusDays(40);
        long id = readyToDecide("公示拒绝测试案", filedOn);
        JsonNode before = caseInfo(id);
        String caseNumber = before.get("caseNumber").asString();
        long unit = data.unit(data.sanxing(), "综合行政执法局").id();
        runAs.as("reviewer", () -> desk.prepare(new DecisionToPublish(unit, DecisionKind.PENALTY, caseNumber,
                caseNumber, "同号的另一决定", PartyType.ORGANISATION, "某公司（测试）", null, null, null, List.of(), "示例",
                "示例", "警告", null, filedOn)));

        Api.Response refused = decide(id, filedOn.plusDays(6));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode after = caseInfo(id);
        assertThat(after.get("state").asString()).isEqualTo(before.get("state").asString());
        assertThat(after.get("decisionNumber").isNull()).isTrue();
        assertThat(publicationsOf(caseNumber)).hasSize(1);
    }
}
