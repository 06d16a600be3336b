package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The answer clock of an application (《政府信息公开条例》 arts. 30–34, 42) with dates across the official holidays of
 * 2024–2026, through the deadline engine and the staff API.
 */
class ApplicationClockTest extends DisclosureApiSupport {

    @Test
    void the_answer_is_due_20_working_days_after_receipt_across_national_day_and_its_adjusted_working_days() {
        // 2024: 9/29 (Sun) and 10/12 (Sat) are working days, 10/1–10/7 are holidays
        JsonNode a = register("2024-09-27");

        assertThat(a.get("id").asLong()).isPositive();
        assertThat(text(a, "trackingCode")).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(text(a, "receivedOn")).isEqualTo("2024-09-27");
        assertThat(text(a, "dueOn")).isEqualTo("2024-10-30");
        assertThat(text(a, "status")).isEqualTo("PROCESSING");
    }

    @Test
    void a_supplement_request_stops_the_clock_and_the_supplement_restarts_a_full_20_working_days() {
        long id = register("2024-09-27").get("id").asLong();

        JsonNode waiting = ok(step(id, "supplement-request",
                "{\"sentOn\":\"2024-10-08\",\"items\":[\"所需信息的文号或名称\",\"获取信息的方式\"],\"supplementDueOn\":\"2024-10-18\"}"));
        assertThat(text(waiting, "status")).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(waiting.get("dueOn").isNull()).isTrue();
        assertThat(waiting.get("supplement").get("items")).hasSize(2);

        JsonNode restarted = ok(step(id, "supplement-received", "{\"receivedOn\":\"2024-10-15\"}"));
        assertThat(text(restarted, "status")).isEqualTo("PROCESSING");
        assertThat(text(restarted, "dueOn")).isEqualTo("2024-11-12");
        assertThat(restarted.get("clock").get("restarts").asInt()).isEqualTo(1);
        assertThat(text(restarted.get("clock"), "periodStart")).isEqualTo("2024-10-15");
    }

    @Test
    void the_supplement_notice_may_go_out_on_the_7th_working_day_an_adjusted_saturday_but_not_later() {
        long onTime = register("2024-09-27").get("id").asLong();
        long late = register("2024-09-27").get("id").asLong();

        Api.Response seventh = step(onTime, "supplement-request",
                "{\"sentOn\":\"2024-10-12\",\"items\":[\"信息名称\"],\"supplementDueOn\":\"2024-10-25\"}");
        Api.Response eighth = step(late, "supplement-request",
                "{\"sentOn\":\"2024-10-14\",\"items\":[\"信息名称\"],\"supplementDueOn\":\"2024-10-25\"}");

        assertThat(seventh.status()).isEqualTo(200);
        assertThat(eighth.status()).isEqualTo(422);
        assertThat(eighth.json().get("detail").asString()).contains("7个工作日", "2024-10-12");
        assertThat(text(ok(clerk().get(BASE + "/" + late)), "status")).isEqualTo("PROCESSING");
    }

    @Test
    void a_second_supplement_request_is_refused() {
        long id = register("2024-09-27").get("id").asLong();
        ok(step(id, "supplement-request",
                "{\"sentOn\":\"2024-09-30\",\"items\":[\"信息名称\"],\"supplementDueOn\":\"2024-10-18\"}"));
        ok(step(id, "supplement-received", "{\"receivedOn\":\"2024-10-09\"}"));

        Api.Response again = step(id, "supplement-request",
                "{\"sentOn\":\"2024-10-10\",\"items\":[\"再补充\"],\"supplementDueOn\":\"2024-10-18\"}");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).contains("一次性告知");
    }

    @Test
    void no_supplement_by_its_deadline_closes_the_application_but_not_before_the_deadline() {
        long id = register("2025-03-03").get("id").asLong();
        ok(step(id, "supplement-request",
                "{\"sentOn\":\"2025-03-05\",\"items\":[\"信息名称\"],\"supplementDueOn\":\"2025-03-20\"}"));

        Api.Response early = step(id, "decision",
                "{\"decidedOn\":\"2025-03-20\",\"outcome\":\"OTHER_NO_SUPPLEMENT\",\"reason\":\"逾期未补正\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("2025-03-20", "尚未届满");

        JsonNode closed = ok(step(id, "decision",
                "{\"decidedOn\":\"2025-03-21\",\"outcome\":\"OTHER_NO_SUPPLEMENT\",\"reason\":\"逾期未补正\"}"));
        assertThat(text(closed, "status")).isEqualTo("DECIDED");
        assertThat(text(closed, "outcome")).isEqualTo("OTHER_NO_SUPPLEMENT");
        assertThat(text(closed.get("clock"), "status")).isEqualTo("STOPPED");
    }

    @Test
    void one_extension_adds_20_working_days_to_the_due_date_across_the_spring_festival() {
        // 2025: 1/26 (Sun) and 2/8 (Sat) are working days, 1/28–2/4 are holidays
        JsonNode a = register("2025-01-20");
        long id = a.get("id").asLong();
        assertThat(text(a, "dueOn")).isEqualTo("2025-02-21");

        JsonNode extended = ok(step(id, "extension",
                "{\"decidedOn\":\"2025-02-20\",\"approvedBy\":\"李明 政务公开办公室主任\",\"reason\":\"需调取档案\"}"));

        assertThat(text(extended, "dueOn")).isEqualTo("2025-03-21");
        assertThat(extended.get("extension").get("days").asInt()).isEqualTo(20);
        assertThat(extended.get("clock").get("extensions")).hasSize(1);
    }

    @Test
    void an_extension_of_fewer_days_is_added_as_given() {
        long id = register("2025-01-20").get("id").asLong();

        JsonNode extended = ok(step(id, "extension",
                "{\"decidedOn\":\"2025-02-21\",\"approvedBy\":\"李明 主任\",\"reason\":\"需调取档案\",\"days\":5}"));

        assertThat(text(extended, "dueOn")).isEqualTo("2025-02-28");
    }

    @Test
    void a_second_extension_is_refused_and_changes_nothing() {
        long id = register("2025-01-20").get("id").asLong();
        ok(step(id, "extension", "{\"decidedOn\":\"2025-02-20\",\"approvedBy\":\"李明 主任\",\"reason\":\"档案\"}"));

        Api.Response second = step(id, "extension",
                "{\"decidedOn\":\"2025-03-03\",\"approvedBy\":\"李明 主任\",\"reason\":\"再延\",\"days\":3}");

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("detail").asString()).contains("只能延长一次");
        assertThat(text(ok(clerk().get(BASE + "/" + id)), "dueOn")).isEqualTo("2025-03-21");
    }

    @Test
    void an_extension_decided_after_the_due_date_is_refused() {
        long id = register("2025-01-20").get("id").asLong();

        Api.Response late = step(id, "extension",
                "{\"decidedOn\":\"2025-02-24\",\"approvedBy\":\"李明 主任\",\"reason\":\"档案\"}");

        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("detail").asString()).contains("2025-02-21");
    }

    @Test
    void an_extension_longer_than_20_working_days_is_refused() {
        long id = register("2025-01-20").get("id").asLong();

        Api.Response r = step(id, "extension",
                "{\"decidedOn\":\"2025-02-10\",\"approvedBy\":\"李明 主任\",\"reason\":\"档案\",\"days\":21}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("days");
    }

    @Test
    void consultation_time_is_not_counted_across_mid_autumn_and_national_day_2026() {
        // 2026: 9/20 (Sun) and 10/10 (Sat) are working days; 9/25–9/27 and 10/1–10/7 are holidays
        long id = register("2026-09-18").get("id").asLong();

        JsonNode consulting = ok(step(id, "consultation",
                "{\"startedOn\":\"2026-09-21\",\"consulted\":\"第三方：某公司\"}"));
        assertThat(text(consulting, "status")).isEqualTo("CONSULTING");
        // as if the clock resumed after the third party's 15 working days (to 10/19): 18 working days left from 10/20
        assertThat(text(consulting, "dueOn")).isEqualTo("2026-11-12");

        JsonNode resumed = ok(step(id, "consultation", "{\"endedOn\":\"2026-09-30\"}"));
        assertThat(text(resumed, "status")).isEqualTo("PROCESSING");
        assertThat(text(resumed, "dueOn")).isEqualTo("2026-10-30");
    }

    @Test
    void a_fee_notice_stops_the_clock_until_payment() {
        // 2024: 5/1–5/5 holidays, 5/11 (Sat) a working day, 6/10 a holiday
        long id = register("2024-05-06").get("id").asLong();

        JsonNode notice = ok(step(id, "fee-notice",
                "{\"noticeOn\":\"2024-05-08\",\"method\":\"PER_PAGE\",\"quantity\":150}"));
        assertThat(text(notice, "status")).isEqualTo("AWAITING_FEE");
        assertThat(notice.get("dueOn").isNull()).isTrue();
        assertThat(notice.get("fee").get("amount").decimalValue()).isEqualByComparingTo("1700");
        assertThat(text(notice.get("fee"), "payBy")).isEqualTo("2024-06-04");

        JsonNode paid = ok(step(id, "fee-paid", "{\"paidOn\":\"2024-05-20\"}"));
        assertThat(text(paid, "status")).isEqualTo("PROCESSING");
        assertThat(text(paid, "dueOn")).isEqualTo("2024-06-14");
    }


    @Test
    void a_decision_dated_before_receipt_is_refused_and_changes_nothing() {
        long id = register("2024-09-27").get("id").asLong();

        Api.Response r = step(id, "decision", "{\"decidedOn\":\"2024-09-26\",\"outcome\":\"DISCLOSED\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("message").asString()).contains("早于收到申请之日");
        JsonNode unchanged = ok(clerk().get(BASE + "/" + id));
        assertThat(text(unchanged, "status")).isEqualTo("PROCESSING");
        assertThat(unchanged.get("history")).hasSize(1);
    }

    @Test
    void a_supplement_received_before_one_was_requested_is_refused() {
        long id = register("2024-09-27").get("id").asLong();

        Api.Response r = step(id, "supplement-received", "{\"receivedOn\":\"2024-10-09\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("尚未告知补正");
    }

    @Test
    void a_nonsense_date_is_refused_with_a_clear_message() {
        Api.Response r = clerk().postJson(BASE, """
                {"receivedOn":"2024-02-30","channel":"IN_PERSON","applicantType":"NATURAL_PERSON",
                 "applicantName":"王小明","idNumber":"320684199001011234","phone":"13800001111",
                 "content":"某信息"}""");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("receivedOn");
        assertThat(r.json().get("violations").get(0).get("message").asString()).contains("2024-02-30", "不是有效日期");
    }

    @Test
    void a_decision_needs_a_reason_unless_the_information_is_disclosed() {
        long id = register("2024-09-27").get("id").asLong();

        Api.Response withheld = step(id, "decision",
                "{\"decidedOn\":\"2024-10-10\",\"outcome\":\"WITHHELD_STATE_SECRET\"}");
        JsonNode disclosed = ok(step(id, "decision", "{\"decidedOn\":\"2024-10-10\",\"outcome\":\"DISCLOSED\"}"));

        assertThat(withheld.status()).isEqualTo(422);
        assertThat(text(disclosed, "status")).isEqualTo("DECIDED");
        assertThat(disclosed.get("onTime").asBoolean()).isTrue();
        assertThat(text(disclosed, "dueOn")).isEqualTo("2024-10-30");
    }
}
