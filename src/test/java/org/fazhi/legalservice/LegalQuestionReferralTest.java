package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.FazhiApplication;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What happens to a question besides an answer: referral to people's mediation (a dispute registered there, naming
 * the question), to the district legal-aid centre with the centre's reply, reassignment by the judicial office (the
 * clock moves to the new advisor), and the year's figures.
 */
class LegalQuestionReferralTest extends IntegrationTest {

    private static final String PUBLIC = "/api/public/v1/legal-questions";
    private static final String STAFF = "/api/v1/legal-questions";

    private long ask(long unitId, String category, String question, String name) {
        Api.Response r = anonymous().postJson(PUBLIC, """
                {"orgUnitId": %d, "category": "%s", "question": "%s", "contactName": "%s",
                 "contactPhone": "13922220000", "publishConsent": false}""".formatted(unitId, category, question,
                name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String code = r.json().get("trackingCode").asString();
        for (JsonNode n : api("reviewer").get(STAFF + "?size=100").json().get("items")) {
            if (n.get("trackingCode").asString().equals(code)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("not listed: " + code);
    }

    private long linxi() {
        return data.unit(data.sanxing(), "林西村").id();
    }

    @Test
    void a_question_referred_to_mediation_becomes_a_dispute_of_the_village_that_names_the_question() {
        long id = ask(linxi(), "邻里纠纷", "邻居堆放杂物堵路（转调解测试）", "周转调");

        Api.Response r = api("village-counsel").postJson(STAFF + "/" + id + "/referrals", "{\"kind\":\"MEDIATION\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long disputeId = r.json().get("disputeId").asLong();
        JsonNode dispute = api("mediator").get("/api/v1/mediation/disputes/" + disputeId).json();
        assertThat(dispute.toString()).contains("转调解测试", "法律咨询", "周转调");
        JsonNode q = api("village-counsel").get(STAFF + "/" + id).json();
        assertThat(q.get("state").asString()).isEqualTo("REFERRED");
        assertThat(q.get("referrals").get(0).get("disputeCaseNo").asString())
                .isEqualTo(r.json().get("disputeCaseNo").asString());
    }

    @Test
    void a_legal_aid_referral_records_the_centres_reply_and_a_refused_one_writes_nothing() {
        long id = ask(data.unit(data.sanxing(), "三星社区").id(), "借贷", "欠款不还请不起律师（援助测试）", "吴援助");
        Api.Response refused = api("reviewer").postJson(STAFF + "/" + id + "/referrals",
                "{\"kind\":\"OTHER_AGENCY\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("agency");
        assertThat(api("reviewer").get(STAFF + "/" + id).json().get("referrals")).isEmpty();

        Api.Response r = api("reviewer").postJson(STAFF + "/" + id + "/referrals",
                "{\"kind\":\"LEGAL_AID\",\"matter\":\"民间借贷纠纷\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("agency").asString()).isEqualTo("区法律援助中心");
        long referral = r.json().get("id").asLong();

        Api.Response reply = api("reviewer").postJson(STAFF + "/referrals/" + referral + "/reply",
                "{\"text\":\"已指派律师\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("reply").asString()).isEqualTo("已指派律师");
        assertThat(api("counsel").postJson(STAFF + "/referrals/" + referral + "/reply", "{\"text\":\"x\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void the_judicial_office_reassigns_a_question_and_its_clock_follows_to_the_new_advisor() {
        long id = ask(data.sanxing().id(), "其他", "镇级问题改派（测试）", "郑改派");
        Api.Response refused = api("reviewer").postJson(STAFF + "/" + id + "/advisor",
                "{\"username\":\"village-counsel\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("username");
        assertThat(api("counsel").postJson(STAFF + "/" + id + "/advisor", "{\"username\":\"counsel\"}").status())
                .isEqualTo(403);

        Api.Response r = api("reviewer").postJson(STAFF + "/" + id + "/advisor",
                "{\"username\":\"counsel\",\"reason\":\"镇级问题\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("advisor").asString()).isEqualTo("counsel");
        assertThat(api("counsel").get(STAFF + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void the_years_figures_count_the_questions_answers_and_referrals_of_the_town() {
        int year = LocalDate.now(FazhiApplication.ZONE).getYear();
        String url = "/api/v1/legal-services/statistics?year=" + year + "&orgUnit=" + data.sanxing().id();
        JsonNode before = api("reviewer").get(url).json();
        long id = ask(linxi(), "交通事故", "电动车相撞（统计测试）", "冯统计");
        api("village-counsel").postJson(STAFF + "/" + id + "/answer", "{\"text\":\"报警并保存证据。\"}");

        JsonNode after = api("reviewer").get(url).json();

        assertThat(after.get("questions").asLong()).isEqualTo(before.get("questions").asLong() + 1);
        assertThat(after.get("answered").asLong()).isEqualTo(before.get("answered").asLong() + 1);
        assertThat(after.get("answeredOnTime").asLong()).isEqualTo(before.get("answeredOnTime").asLong() + 1);
        assertThat(after.get("byCategory").get("交通事故").asLong())
                .isEqualTo(before.get("byCategory").get("交通事故").asLong() + 1);
        assertThat(after.get("referrals").has("legalAid")).isTrue();
        assertThat(api("officer1").get(url).status()).isEqualTo(403);
        assertThat(api("reviewer").get("/api/v1/legal-services/statistics?year=" + year + "&orgUnit="
                + data.secondTown().id()).status()).isEqualTo(403);
    }
}
