package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.support.Api;
import org.fazhi.support.Docx;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The mediation procedure through the API: registration, sessions, hand-over, conclusion, follow-up, documents. */
class DisputeProcedureApiTest extends IntegrationTest {

    static final String BASE = "/api/v1/mediation/disputes";
    static final LocalDate TODAY = LocalDate.now(org.fazhi.FazhiApplication.ZONE);

    static String registration(long villageId, LocalDate acceptedOn, String committee, String extra) {
        return """
                {"localityId": %d, "acceptedOn": "%s", "category": "NEIGHBOURHOOD", "source": "APPLICATION",
                 "channel": "WALK_IN", "summary": "因宅前排水沟堵塞引发争执", "riskLevel": "LOW", "major": false,
                 "deaths": 0, "personsInvolved": 2, %s
                 "parties": [{"role": "APPLICANT", "name": "测试甲", "idNumber": "320684199001011234",
                              "phone": "13900001111", "address": "林西村1组"},
                             {"role": "RESPONDENT", "name": "测试乙"}]%s}
                """.formatted(villageId, acceptedOn, committee == null ? "" : "\"committee\": \"" + committee + "\",",
                extra == null ? "" : ", " + extra);
    }

    JsonNode clocks(String user, String caseNo) {
        return api(user).get("/api/v1/deadlines?status=ALL&q=" + java.net.URLEncoder.encode(caseNo,
                java.nio.charset.StandardCharsets.UTF_8)).json();
    }

    long linxi() {
        return data.unit(data.sanxing(), "林西村").id();
    }

    JsonNode register(String user, String body) {
        Api.Response r = api(user).postJson(BASE, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void a_village_mediator_registers_a_dispute_held_by_the_village_committee_with_a_case_number_and_a_clock() {
        JsonNode d = register("village-mediator", registration(linxi(), TODAY.minusDays(2), null, null));

        assertThat(d.get("dispute").get("caseNo").asString()).matches("海三星调〔\\d{4}〕\\d+号");
        assertThat(d.get("dispute").get("holder").asString()).isEqualTo("林西村");
        assertThat(d.get("dispute").get("committee").asString()).isEqualTo("村调委会");
        assertThat(d.get("dispute").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(d.get("parties").get(0).get("idNumber").asString()).isEqualTo("320684199001011234");
        JsonNode clocks = clocks("village-mediator", d.get("dispute").get("caseNo").asString());
        assertThat(clocks.toString()).contains("人民调解工作若干规定").contains("\"periodUnit\":\"MONTHS\"");
    }

    @Test
    void the_village_escalates_the_town_concludes_with_a_written_agreement_and_the_history_shows_both_holders() {
        long id = register("village-mediator", registration(linxi(), TODAY.minusDays(5), null, null))
                .get("dispute").get("id").asLong();
        Api village = api("village-mediator");
        assertThat(village.postJson(BASE + "/" + id + "/sessions", """
                {"heldOn": "%s", "place": "林西村调解室", "participants": "测试甲、测试乙", "mediator": "林西村调解员",
                 "record": "双方各执己见"}""".formatted(TODAY.minusDays(4))).status()).isEqualTo(200);
        Api.Response up = village.postJson(BASE + "/" + id + "/escalation",
                "{\"on\": \"%s\", \"reason\": \"村调解未果\"}".formatted(TODAY.minusDays(3)));
        assertThat(up.status()).as(up.body()).isEqualTo(200);

        assertThat(village.get(BASE + "/" + id).status()).isEqualTo(404);
        Api town = api("mediator");
        JsonNode held = town.get(BASE + "/" + id).json();
        // the one-month conclusion clock went with the dispute: the committee answers for it now, the village no longer
        String number = held.get("dispute").get("caseNo").asString();
        JsonNode conclusionClock = clocks("mediator", number).get("items").get(0);
        assertThat(conclusionClock.get("title").asString()).startsWith("调解办结期限");
        assertThat(conclusionClock.get("holderUnitId").asLong())
                .isEqualTo(data.unit(data.sanxing(), "镇人民调解委员会").id());
        assertThat(clocks("village-mediator", number).get("total").asLong()).isZero();
        assertThat(held.get("dispute").get("holder").asString()).isEqualTo("镇人民调解委员会");
        assertThat(held.get("handovers").get(0).get("from").asString()).isEqualTo("林西村");
        Api.Response done = town.postJson(BASE + "/" + id + "/conclusion", """
                {"outcome": "SUCCEEDED", "concludedOn": "%s", "form": "WRITTEN", "terms": "一、赔偿500元",
                 "signedOn": "%s", "partiesSigned": true, "mediatorSigned": true, "committeeSealed": true}"""
                .formatted(TODAY.minusDays(1), TODAY.minusDays(1)));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("dispute").get("status").asString()).isEqualTo("SUCCEEDED");
        String caseNo = held.get("dispute").get("caseNo").asString();
        JsonNode clocks = clocks("mediator", caseNo);
        assertThat(clocks.toString()).contains("司法确认申请期限", "《人民调解法》第33条");
        Api.Response doc = town.get(BASE + "/" + id + "/agreement.docx");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(Docx.text(doc.bytes())).contains("人民调解协议书", "一、赔偿500元", "320684199001011234");
        assertThat(Docx.text(town.get(BASE + "/" + id + "/case-file.docx").bytes()))
                .contains("人民调解卷宗", "一、受理登记", "二、调解记录", "双方各执己见", "林西村移交镇人民调解委员会");
    }

    @Test
    void a_written_agreement_without_the_signatures_is_refused_and_changes_nothing() {
        long id = register("mediator", registration(linxi(), TODAY.minusDays(3), "TOWN", null))
                .get("dispute").get("id").asLong();

        Api.Response r = api("mediator").postJson(BASE + "/" + id + "/conclusion", """
                {"outcome": "SUCCEEDED", "concludedOn": "%s", "form": "WRITTEN", "terms": "赔偿",
                 "signedOn": "%s", "partiesSigned": false}""".formatted(TODAY, TODAY));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("签名");
        assertThat(api("mediator").get(BASE + "/" + id).json().get("dispute").get("status").asString())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void a_conclusion_date_before_the_acceptance_is_a_field_error() {
        long id = register("mediator", registration(linxi(), TODAY.minusDays(3), "TOWN", null))
                .get("dispute").get("id").asLong();

        Api.Response r = api("mediator").postJson(BASE + "/" + id + "/conclusion", """
                {"outcome": "FAILED", "concludedOn": "%s", "route": "LITIGATION"}""".formatted(TODAY.minusDays(10)));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("concludedOn");
        assertThat(r.json().get("detail").asString()).contains("不能早于受理日期");
    }

    @Test
    void a_failed_mediation_must_record_the_route_the_parties_were_told() {
        long id = register("mediator", registration(linxi(), TODAY.minusDays(3), "TOWN", null))
                .get("dispute").get("id").asLong();

        Api.Response r = api("mediator").postJson(BASE + "/" + id + "/conclusion",
                "{\"outcome\": \"FAILED\", \"concludedOn\": \"%s\"}".formatted(TODAY));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("第26条");
    }

    @Test
    void a_dispute_with_a_death_is_flagged_major_and_the_leader_is_alerted() {
        JsonNode d = register("mediator", registration(linxi(), TODAY.minusDays(1), "TOWN", null)
                .replace("\"deaths\": 0", "\"deaths\": 1"));

        assertThat(d.get("dispute").get("major").asBoolean()).isTrue();
        assertThat(d.get("majorReasons").asString()).contains("死亡1人");
        String section = org.fazhi.support.StaffSession.signIn(baseUrl(), "leader", PASSWORD)
                .get("/mediation/section").body();
        assertThat(section).contains("major-alert").contains(d.get("dispute").get("caseNo").asString());
    }

    @Test
    void the_police_report_is_recorded_once() {
        long id = register("mediator", registration(linxi(), TODAY.minusDays(3), "TOWN", null))
                .get("dispute").get("id").asLong();
        String body = "{\"on\": \"%s\", \"note\": \"可能激化为治安案件\"}".formatted(TODAY);

        assertThat(api("mediator").postJson(BASE + "/" + id + "/police-report", body).status()).isEqualTo(200);
        Api.Response again = api("mediator").postJson(BASE + "/" + id + "/police-report", body);

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).contains("已于");
    }

    @Test
    void the_leader_reads_names_but_never_id_numbers_or_phones() {
        long id = register("mediator", registration(linxi(), TODAY.minusDays(2), "TOWN", null))
                .get("dispute").get("id").asLong();

        JsonNode d = api("leader").get(BASE + "/" + id).json();

        assertThat(d.get("parties").get(0).get("name").asString()).isEqualTo("测试甲");
        assertThat(d.toString()).doesNotContain("320684199001011234", "13900001111");
        assertThat(Docx.text(api("leader").get(BASE + "/" + id + "/case-file.docx").bytes()))
                .contains("测试甲").doesNotContain("320684199001011234", "13900001111");
    }

    @Test
    void the_second_town_gets_404_for_a_dispute_of_sanxing_and_sees_none_in_its_list() {
        JsonNode d = register("mediator", registration(linxi(), TODAY.minusDays(2), "TOWN", null));
        long id = d.get("dispute").get("id").asLong();

        assertThat(api("t2-mediator").get(BASE + "/" + id).status()).isEqualTo(404);
        JsonNode list = api("t2-mediator").get(BASE + "?size=200").json();
        assertThat(list.toString()).doesNotContain("三星");
        assertThat(list.get("total").asLong()).isPositive();
    }

    @Test
    void a_village_mediator_sees_only_the_disputes_of_the_village() {
        JsonNode list = api("village-mediator").get(BASE + "?size=200").json();

        assertThat(list.get("total").asLong()).isPositive();
        for (JsonNode item : list.get("items")) {
            assertThat(item.get("holder").asString()).isEqualTo("林西村");
        }
    }

    @Test
    void a_village_mediator_cannot_register_a_dispute_of_another_village() {
        long other = data.unit(data.sanxing(), "东兴村").id();

        Api.Response r = api("village-mediator").postJson(BASE, registration(other, TODAY, null, null));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("localityId");
    }

    @Test
    void an_unknown_category_is_a_400_naming_the_body() {
        Api.Response r = api("mediator").postJson(BASE, registration(linxi(), TODAY, null, null)
                .replace("NEIGHBOURHOOD", "FEUD"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
    }

    @Test
    void the_leader_may_read_but_not_register() {
        assertThat(api("leader").postJson(BASE, registration(linxi(), TODAY, null, null)).status()).isEqualTo(403);
    }
}
