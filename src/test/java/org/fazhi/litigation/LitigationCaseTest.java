package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lawsuits and reconsiderations the town answers: the answer periods worked out by hand on the official calendar
 * (2025's National Day holiday 10-01..10-08, with Sunday 09-28 and Saturday 10-11 working days), the hearing rules of
 * the head's appearance, the conclusion, and the refusals that change nothing.
 */
class LitigationCaseTest extends IntegrationTest {

    static final String CASES = "/api/v1/litigation/cases";

    private Api.Response receive(String user, String kind, String number, String receivedOn, String act) {
        return api(user).postJson(CASES, """
                {"kind":"%s","orgUnitId":%d,"caseNumber":"%s","body":"南通市海门区人民法院",
                 "applicant":{"name":"张建国","idNumber":"320684198001011234","phone":"13812345678"},
                 "challengedAct":%s,"copyReceivedOn":"%s"}"""
                .formatted(kind, data.sanxing().id(), number, act, receivedOn));
    }

    static String other() {
        return "{\"type\":\"OTHER\",\"description\":\"拆除违法建筑通知（测试）\"}";
    }

    private long created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode get(String user, long id) {
        Api.Response r = api(user).get(CASES + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static String number(String prefix) {
        return "（2025）苏0684行初" + prefix + System.nanoTime() + "号";
    }

    @Test
    void a_lawsuit_received_2025_09_20_is_answered_by_2025_10_09_the_holiday_end_rolls_to_the_next_working_day() {
        // 15 calendar days from Sun 09-21: the 15th is Sun 2025-10-05, inside the holiday 10-01..10-08 → Thu 10-09
        Api.Response r = receive("leader", "LITIGATION", number("a"), "2025-09-20", other());

        long id = created(r);
        assertThat(r.json().get("kind").asString()).isEqualTo("LITIGATION");
        assertThat(r.json().get("state").asString()).isEqualTo("PENDING");
        assertThat(r.json().get("answerDueOn").asString()).isEqualTo("2025-10-09");
        assertThat(get("reviewer", id).get("answerDueOn").asString()).isEqualTo("2025-10-09");
    }

    @Test
    void a_lawsuit_whose_15th_day_is_the_adjusted_working_saturday_2025_10_11_does_not_roll() {
        // 15 calendar days from Sat 09-27: the 15th is Sat 2025-10-11, an adjusted working day
        Api.Response r = receive("reviewer", "LITIGATION", number("b"), "2025-09-26", other());

        created(r);
        assertThat(r.json().get("answerDueOn").asString()).isEqualTo("2025-10-11");
    }

    @Test
    void a_reconsideration_received_2025_09_26_is_answered_within_10_working_days_by_2025_10_16() {
        // working days after Fri 09-26: Sun 09-28, 09-29, 09-30, 10-09, 10-10, Sat 10-11, 10-13..16
        Api.Response r = receive("leader", "RECONSIDERATION", "海府复〔2025〕" + System.nanoTime() + "号",
                "2025-09-26", other());

        created(r);
        assertThat(r.json().get("kind").asString()).isEqualTo("RECONSIDERATION");
        assertThat(r.json().get("answerDueOn").asString()).isEqualTo("2025-10-16");
    }

    @Test
    void a_challenged_act_of_an_unknown_id_or_of_an_unknown_type_is_refused_naming_the_field() {
        String refusedNumber = number("d");
        Api.Response unknown = receive("leader", "LITIGATION", refusedNumber, "2025-09-26",
                "{\"type\":\"DISCLOSURE_APPLICATION\",\"id\":999999999}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("challengedAct.id", "999999999");
        Api.Response badType = receive("leader", "LITIGATION", refusedNumber, "2025-09-26",
                "{\"type\":\"JUDGMENT\",\"id\":1}");
        assertThat(badType.status()).as(badType.body()).isEqualTo(400);
        assertThat(badType.body()).contains("challengedAct.type");
        assertThat(listed("leader", refusedNumber)).isZero();
    }

    @Test
    void the_head_appearing_or_a_listed_reason_with_a_delegate_is_recorded_and_no_reason_is_refused() {
        long id = created(receive("reviewer", "LITIGATION", number("e"), "2025-09-26", other()));

        Api.Response appeared = api("reviewer").postJson(CASES + "/" + id + "/hearings", """
                {"heldOn":"2025-11-04","headAppeared":true,"appearedName":"陈镇长","appearedPosition":"CHIEF"}""");
        assertThat(appeared.status()).as(appeared.body()).isEqualTo(201);

        Api.Response noReason = api("reviewer").postJson(CASES + "/" + id + "/hearings", """
                {"heldOn":"2025-11-18","headAppeared":false,"delegate":"司法所 李某"}""");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        assertThat(noReason.body()).contains("absenceReason", "正当理由");
        Api.Response otherUnwritten = api("reviewer").postJson(CASES + "/" + id + "/hearings", """
                {"heldOn":"2025-11-18","headAppeared":false,"absenceReason":"OTHER","delegate":"司法所 李某"}""");
        assertThat(otherUnwritten.status()).as(otherUnwritten.body()).isEqualTo(422);
        assertThat(otherUnwritten.body()).contains("absenceExplanation");
        assertThat(get("reviewer", id).get("hearings")).hasSize(1);

        Api.Response excused = api("reviewer").postJson(CASES + "/" + id + "/hearings", """
                {"heldOn":"2025-11-18","headAppeared":false,"absenceReason":"OFFICIAL_DUTY","delegate":"司法所 李某"}""");
        assertThat(excused.status()).as(excused.body()).isEqualTo(201);
        JsonNode hearings = get("reviewer", id).get("hearings");
        assertThat(hearings).hasSize(2);
        assertThat(hearings.get(1).get("absenceReason").asString()).isEqualTo("OFFICIAL_DUTY");
        assertThat(hearings.get(1).get("delegate").asString()).isEqualTo("司法所 李某");
    }

    @Test
    void a_conclusion_before_receipt_or_with_an_unknown_outcome_is_refused_and_a_loss_is_marked() {
        long id = created(receive("leader", "LITIGATION", number("f"), "2025-09-26", other()));

        Api.Response early = api("leader").postJson(CASES + "/" + id + "/conclusion",
                "{\"concludedOn\":\"2025-09-25\",\"outcome\":\"撤销\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("concludedOn", "2025-09-26");
        Api.Response unknown = api("leader").postJson(CASES + "/" + id + "/conclusion",
                "{\"concludedOn\":\"2025-12-01\",\"outcome\":\"部分维持\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("outcome");
        Api.Response wrongKind = api("leader").postJson(CASES + "/" + id + "/conclusion",
                "{\"concludedOn\":\"2025-12-01\",\"outcome\":\"维持\"}");
        assertThat(wrongKind.status()).as(wrongKind.body()).isEqualTo(422);
        assertThat(get("leader", id).get("state").asString()).isEqualTo("PENDING");

        Api.Response concluded = api("leader").postJson(CASES + "/" + id + "/conclusion",
                "{\"concludedOn\":\"2025-12-01\",\"outcome\":\"撤销\"}");
        assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
        JsonNode c = get("leader", id);
        assertThat(c.get("state").asString()).isEqualTo("CONCLUDED");
        assertThat(c.get("outcomeLabel").asString()).isEqualTo("撤销");
        assertThat(c.get("lost").asBoolean()).isTrue();

        Api.Response hearingAfter = api("leader").postJson(CASES + "/" + id + "/hearings", """
                {"heldOn":"2025-12-02","headAppeared":true,"appearedName":"陈镇长","appearedPosition":"CHIEF"}""");
        assertThat(hearingAfter.status()).as(hearingAfter.body()).isEqualTo(422);
        assertThat(get("leader", id).get("hearings")).isEmpty();
    }

    @Test
    void an_officer_may_not_read_and_the_supervisor_reads_but_may_not_record() {
        long id = created(receive("leader", "LITIGATION", number("g"), "2025-09-26", other()));

        assertThat(api("officer1").get(CASES + "/" + id).status()).isEqualTo(403);
        assertThat(api("officer1").get(CASES).status()).isEqualTo(403);
        assertThat(get("supervisor", id).get("caseNumber").asString()).startsWith("（2025）苏0684行初g");
        String refused = number("h");
        assertThat(receive("supervisor", "LITIGATION", refused, "2025-09-26", other()).status()).isEqualTo(403);
        assertThat(receive("officer1", "LITIGATION", refused, "2025-09-26", other()).status()).isEqualTo(403);
        assertThat(listed("leader", refused)).isZero();
    }

    @Test
    void the_applicant_is_masked_for_readers_and_in_lists_and_shown_to_those_who_handle_the_case() {
        String n = number("i");
        long id = created(receive("leader", "LITIGATION", n, "2025-09-26", other()));

        assertThat(get("leader", id).get("applicant").get("name").asString()).isEqualTo("张建国");
        JsonNode seen = get("supervisor", id).get("applicant");
        assertThat(seen.get("name").asString()).isEqualTo("张某");
        assertThat(seen.get("idNumber").asString()).doesNotContain("198001011234");
        JsonNode item = api("leader").get(CASES + "?q=" + encode(n)).json().get("items").get(0);
        assertThat(item.get("applicant").asString()).isEqualTo("张某");
    }

    @Test
    void a_user_of_the_second_town_does_not_find_the_case() {
        long id = created(receive("leader", "LITIGATION", number("j"), "2025-09-26", other()));
        String t2 = LitigationTestUsers.secondTownReviewer(this::api, data);

        assertThat(api(t2).get(CASES + "/" + id).status()).isEqualTo(404);
        assertThat(api(t2).postJson(CASES + "/" + id + "/conclusion",
                "{\"concludedOn\":\"2025-12-01\",\"outcome\":\"撤诉\"}").status()).isEqualTo(404);
        assertThat(get("leader", id).get("state").asString()).isEqualTo("PENDING");
    }

    @Test
    void an_appeal_is_a_second_instance_linked_to_its_concluded_first_instance() {
        long first = created(receive("leader", "LITIGATION", number("k"), "2025-03-03", other()));
        String appeal = number("l");
        String body = """
                {"kind":"LITIGATION","orgUnitId":%d,"caseNumber":"%s","body":"南通市中级人民法院",
                 "applicant":{"name":"张建国"},"challengedAct":%s,"copyReceivedOn":"2025-06-16","appealOf":%d}"""
                .formatted(data.sanxing().id(), appeal, other(), first);

        Api.Response pending = api("leader").postJson(CASES, body);
        assertThat(pending.status()).as(pending.body()).isEqualTo(422);
        assertThat(pending.body()).contains("appealOf");
        assertThat(listed("leader", appeal)).isZero();

        assertThat(api("leader").postJson(CASES + "/" + first + "/conclusion",
                "{\"concludedOn\":\"2025-06-02\",\"outcome\":\"驳回诉讼请求\"}").status()).isEqualTo(200);
        long second = created(api("leader").postJson(CASES, body));
        JsonNode c = get("leader", second);
        assertThat(c.get("instance").asString()).isEqualTo("SECOND");
        assertThat(c.get("appealOf").asLong()).isEqualTo(first);
    }

    private int listed(String user, String caseNumber) {
        return api(user).get(CASES + "?q=" + encode(caseNumber)).json().get("total").asInt();
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
