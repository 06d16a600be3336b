package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A lawsuit against a penalty decision is the penalty case's own challenge: recorded on the case when the lawsuit is,
 * and a judgment revoking the decision revokes it on the case. A lawsuit against a case not yet served is refused
 * and nothing is recorded. Dates are the platform's today, since the demo's served case is dated relative to it.
 */
class LitigationEnforcementTest extends IntegrationTest {

    private static final String ENFORCEMENT = "/api/v1/enforcement/cases";

    @Autowired
    Clock clock;

    private JsonNode penaltyCase(long id) {
        Api.Response r = api("leader").get(ENFORCEMENT + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("caseInfo");
    }

    private JsonNode firstCase(String state) {
        JsonNode items = api("leader").get(ENFORCEMENT + "?state=" + state + "&size=100").json().get("items");
        for (JsonNode c : items) {
            JsonNode remedies = c.get("remedies");
            if (c.get("revokedOn").isNull() && remedies.get("suedOn").isNull()
                    && remedies.get("reconsiderationOn").isNull()) {
                return c;
            }
        }
        throw new AssertionError("no " + state + " case without a challenge among the demo cases");
    }

    private Api.Response sue(long penaltyCase, String number, LocalDate on) {
        return api("reviewer").postJson(LitigationCaseTest.CASES, """
                {"kind":"LITIGATION","orgUnitId":%d,"caseNumber":"%s","body":"南通市海门区人民法院",
                 "applicant":{"name":"周某某"},"challengedAct":{"type":"PENALTY_CASE","id":%d},"copyReceivedOn":"%s"}"""
                .formatted(data.sanxing().id(), number, penaltyCase, on));
    }

    @Test
    void a_lawsuit_against_a_served_decision_is_its_challenge_and_a_revoking_judgment_revokes_it() {
        LocalDate today = LocalDate.now(clock);
        JsonNode served = firstCase("SERVED");
        long penaltyCase = served.get("id").asLong();

        Api.Response sued = sue(penaltyCase, LitigationCaseTest.number("m"), today);
        assertThat(sued.status()).as(sued.body()).isEqualTo(201);
        long id = sued.json().get("id").asLong();
        JsonNode act = api("reviewer").get(LitigationCaseTest.CASES + "/" + id).json().get("challengedAct");
        assertThat(act.get("reference").asString()).isEqualTo(served.get("caseNumber").asString());
        assertThat(penaltyCase(penaltyCase).get("remedies").get("suedOn").asString()).isEqualTo(today.toString());

        Api.Response revoked = api("reviewer").postJson(LitigationCaseTest.CASES + "/" + id + "/conclusion",
                "{\"concludedOn\":\"%s\",\"outcome\":\"撤销\"}".formatted(today));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        JsonNode after = penaltyCase(penaltyCase);
        assertThat(after.get("remedies").get("judgmentResult").asString()).isEqualTo("REVOKED");
        assertThat(after.get("revokedOn").asString()).isEqualTo(today.toString());
    }

    @Test
    void a_lawsuit_against_a_case_not_yet_decided_is_refused_and_nothing_is_recorded() {
        JsonNode filed = firstCase("FILED");
        String number = LitigationCaseTest.number("n");

        Api.Response refused = sue(filed.get("id").asLong(), number, LocalDate.now(clock));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(api("reviewer").get(LitigationCaseTest.CASES + "?q=" + LitigationCaseTest.encode(number)).json()
                .get("total").asInt()).isZero();
        assertThat(penaltyCase(filed.get("id").asLong()).get("remedies").get("suedOn").isNull()).isTrue();
    }

    @Test
    void the_demos_lost_reconsideration_revoked_its_decision_stopped_its_clocks_and_put_its_publication_up_for_withdrawal() {
        JsonNode lost = null;
        for (JsonNode c : api("reviewer").get(LitigationCaseTest.CASES + "?act=PENALTY_CASE&kind=RECONSIDERATION"
                + "&size=100").json().get("items")) {
            JsonNode full = api("reviewer").get(LitigationCaseTest.CASES + "/" + c.get("id").asLong()).json();
            if (full.get("lost").asBoolean() && full.get("applicant").get("name").asString().contains("示例")) {
                lost = full;
            }
        }
        assertThat(lost).as("the demo's lost reconsideration of a penalty decision").isNotNull();
        assertThat(lost.get("outcomeLabel").asString()).isEqualTo("撤销");

        Api.Response r = api("leader").get(ENFORCEMENT + "/" + lost.get("challengedAct").get("id").asLong());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode decision = r.json().get("caseInfo");
        assertThat(decision.get("title").asString()).isEqualTo("擅自占用城市绿地案（示例）");
        assertThat(decision.get("revokedOn").asString()).isEqualTo(lost.get("concludedOn").asString());
        assertThat(decision.get("remedies").get("reconsiderationOn").asString())
                .isEqualTo(lost.get("copyReceivedOn").asString());
        assertThat(r.json().get("clocks")).allSatisfy(k -> assertThat(k.get("status").asString())
                .as(k.get("title").asString()).isIn("MET", "STOPPED", "LAPSED"));

        JsonNode publication = api("reviewer").get("/api/v1/publications?q="
                + LitigationCaseTest.encode(decision.get("caseNumber").asString())).json().get("items").get(0);
        assertThat(publication.get("revokedOn").asString()).isEqualTo(lost.get("concludedOn").asString());
        assertThat(publication.get("publishedOn").isNull()).isFalse();
        assertThat(publication.get("withdrawalDueOn").isNull()).isFalse();
    }
}
