package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The year's figures of 三星镇 for 2019, a year no other record of the tests or the demo falls in: received by the day
 * the copy came, concluded and lost by the day of conclusion, the appearance rate over the cases heard in the year
 * (a case received the year before counts with its conclusion and its hearings of the year only).
 */
class LitigationStatisticsTest extends IntegrationTest {

    private static final String CASES = LitigationCaseTest.CASES;

    private long receive(String kind, String receivedOn) {
        Api.Response r = api("reviewer").postJson(CASES, """
                {"kind":"%s","orgUnitId":%d,"caseNumber":"统计%s","body":"南通市海门区人民法院",
                 "applicant":{"name":"王某某"},"challengedAct":%s,"copyReceivedOn":"%s"}"""
                .formatted(kind, data.sanxing().id(), System.nanoTime(), LitigationCaseTest.other(), receivedOn));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private void hearing(long id, String on, boolean appeared) {
        String body = appeared
                ? "{\"heldOn\":\"%s\",\"headAppeared\":true,\"appearedName\":\"陈某\",\"appearedPosition\":\"DEPUTY\"}"
                : "{\"heldOn\":\"%s\",\"headAppeared\":false,\"absenceReason\":\"ACCIDENT\",\"delegate\":\"李某\"}";
        Api.Response r = api("reviewer").postJson(CASES + "/" + id + "/hearings", body.formatted(on));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private void conclude(long id, String on, String outcome) {
        Api.Response r = api("reviewer").postJson(CASES + "/" + id + "/conclusion",
                "{\"concludedOn\":\"%s\",\"outcome\":\"%s\"}".formatted(on, outcome));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void figures_of_2019_count_receipts_conclusions_losses_and_the_head_at_every_hearing_of_the_year() {
        long dismissed = receive("LITIGATION", "2019-03-01");
        hearing(dismissed, "2019-04-10", true);
        conclude(dismissed, "2019-05-10", "驳回诉讼请求");
        long revoked = receive("LITIGATION", "2019-06-03");
        hearing(revoked, "2019-07-01", true);
        hearing(revoked, "2019-07-15", false);
        conclude(revoked, "2019-08-01", "撤销");
        long pending = receive("LITIGATION", "2019-09-02");
        hearing(pending, "2019-10-10", true);
        // received the year before, heard across the turn of the year (absent then, present in 2019), concluded in 2019
        long carried = receive("LITIGATION", "2018-12-03");
        hearing(carried, "2018-12-20", false);
        hearing(carried, "2019-01-15", true);
        conclude(carried, "2019-02-01", "驳回诉讼请求");
        long upheld = receive("RECONSIDERATION", "2019-02-01");
        conclude(upheld, "2019-03-01", "维持");

        Api.Response r = api("leader").get("/api/v1/litigation/statistics?year=2019&orgUnit=" + data.sanxing().id());

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode lit = r.json().get("litigation");
        assertThat(lit.get("received").asLong()).isEqualTo(3);
        assertThat(lit.get("concluded").asLong()).isEqualTo(3);
        assertThat(lit.get("lost").asLong()).isEqualTo(1);
        assertThat(lit.get("lossRate").decimalValue()).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(lit.get("heard").asLong()).isEqualTo(4);
        assertThat(lit.get("headAppeared").asLong()).isEqualTo(3);
        assertThat(lit.get("appearanceRate").decimalValue()).isEqualByComparingTo(new BigDecimal("75.00"));
        JsonNode rec = r.json().get("reconsideration");
        assertThat(rec.get("received").asLong()).isEqualTo(1);
        assertThat(rec.get("concluded").asLong()).isEqualTo(1);
        assertThat(rec.get("lossRate").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(rec.get("heard").asLong()).isZero();
        assertThat(rec.get("appearanceRate").isNull()).isTrue();
        JsonNode byOutcome = r.json().get("byOutcome");
        assertThat(byOutcome.get("驳回诉讼请求").asLong()).isEqualTo(2);
        assertThat(byOutcome.get("撤销").asLong()).isEqualTo(1);
        assertThat(byOutcome.get("维持").asLong()).isEqualTo(1);
    }

    @Test
    void the_figures_of_another_town_or_for_an_officer_are_refused() {
        assertThat(api("leader").get("/api/v1/litigation/statistics?year=2019&orgUnit=" + data.secondTown().id())
                .status()).isEqualTo(403);
        assertThat(api("officer1").get("/api/v1/litigation/statistics?year=2019&orgUnit=" + data.sanxing().id())
                .status()).isEqualTo(403);
        assertThat(api("supervisor").get("/api/v1/litigation/statistics?year=2019&orgUnit=" + data.sanxing().id())
                .status()).isEqualTo(200);
    }
}
