package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.RunAs;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.DecisionToPublish;
import org.fazhi.publication.PartyType;
import org.fazhi.publication.PublicationDesk;
import org.fazhi.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 执法公示 of decided cases: a penalty decision reaches the publication desk in the deciding transaction (《行政处罚法》
 * 第48条), its revocation starts the withdrawal, and a decision the desk refuses is not recorded either.
 */
class DecisionPublicationTest extends DecidedCaseTest {

    @Autowired
    PublicationDesk desk;

    @Autowired
    RunAs runAs;

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
        assertThat(p.toString()).doesNotContain("王五", "320604199202021234");

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
                caseNumber, "同号的另一决定", PartyType.ORGANISATION, "某公司（测试）", null, null, null, null, List.of(),
                "示例", "示例", "警告", null, filedOn, null)));

        Api.Response refused = decide(id, filedOn.plusDays(6));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode after = caseInfo(id);
        assertThat(after.get("state").asString()).isEqualTo(before.get("state").asString());
        assertThat(after.get("decisionNumber").isNull()).isTrue();
        assertThat(publicationsOf(caseNumber)).hasSize(1);
    }
}
