package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 《政府信息公开条例》第42条 with 国办函〔2020〕109号: the applicant pays a processing fee within 20 working days counted
 * from the day after receiving the fee notice — a fixed period, on the official calendar; an application is closed as
 * unpaid (table 三 （六）2) only after it. 2024: 5/1–5/5 holidays, 5/11 (Sat) an adjusted working day.
 */
class FeePaymentPeriodTest extends DisclosureApiSupport {

    @Autowired
    DeadlineEngine engine;

    @Test
    void the_fee_is_paid_within_20_working_days_from_the_day_after_a_notice_handed_over_the_day_it_is_sent() {
        // counted from 5/9: 5/9, 5/10, 5/11 (adjusted Saturday), 5/13–17, 5/20–24, 5/27–31 = 18; 6/3, 6/4 → 6/4
        long id = register("2024-05-06").get("id").asLong();

        JsonNode notice = ok(step(id, "fee-notice", "{\"noticeOn\":\"2024-05-08\",\"amount\":300}"));

        assertThat(text(notice.get("fee"), "noticeReceivedOn")).isEqualTo("2024-05-08");
        assertThat(text(notice.get("fee"), "payBy")).isEqualTo("2024-06-04");
    }

    @Test
    void the_fee_period_runs_from_the_day_after_the_applicant_received_a_mailed_notice() {
        // received Fri 5/10; counted from 5/11 (adjusted Saturday) = 1, 5/13–17 = 6, 5/20–24 = 11, 5/27–31 = 16,
        // 6/3–6/6 = 20 → 6/6
        long id = register("2024-05-06").get("id").asLong();

        JsonNode notice = ok(step(id, "fee-notice",
                "{\"noticeOn\":\"2024-05-08\",\"noticeReceivedOn\":\"2024-05-10\",\"amount\":300}"));

        assertThat(text(notice.get("fee"), "payBy")).isEqualTo("2024-06-06");
        assertThat(step(id, "decision",
                "{\"decidedOn\":\"2024-06-06\",\"outcome\":\"OTHER_FEE_UNPAID\",\"reason\":\"未缴费\"}").status())
                .isEqualTo(422);
        JsonNode closed = ok(step(id, "decision",
                "{\"decidedOn\":\"2024-06-07\",\"outcome\":\"OTHER_FEE_UNPAID\",\"reason\":\"逾期未缴费\"}"));
        assertThat(text(closed, "outcome")).isEqualTo("OTHER_FEE_UNPAID");
    }

    @Test
    void staff_cannot_set_another_pay_by_date() {
        long id = register("2024-05-06").get("id").asLong();

        JsonNode notice = ok(step(id, "fee-notice",
                "{\"noticeOn\":\"2024-05-08\",\"amount\":300,\"payBy\":\"2024-05-31\"}"));

        assertThat(text(notice.get("fee"), "payBy")).isEqualTo("2024-06-04");
        Api.Response early = step(id, "decision",
                "{\"decidedOn\":\"2024-06-03\",\"outcome\":\"OTHER_FEE_UNPAID\",\"reason\":\"未缴费\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("2024-06-04");
    }

    @Test
    void a_notice_cannot_be_received_before_it_was_sent() {
        long id = register("2024-05-06").get("id").asLong();

        Api.Response r = step(id, "fee-notice",
                "{\"noticeOn\":\"2024-05-08\",\"noticeReceivedOn\":\"2024-05-07\",\"amount\":300}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("noticeReceivedOn");
        assertThat(text(ok(clerk().get(BASE + "/" + id)), "status")).isEqualTo("PROCESSING");
    }

    @Test
    void the_payment_runs_on_its_own_clock_which_is_met_on_payment() {
        long id = register("2024-05-06").get("id").asLong();
        ok(step(id, "fee-notice", "{\"noticeOn\":\"2024-05-08\",\"amount\":300}"));

        ok(step(id, "fee-paid", "{\"paidOn\":\"2024-06-04\"}"));

        DeadlineView fee = DataScope.asSystem(() -> engine.ofSubject("disclosure.application", String.valueOf(id)))
                .stream().filter(c -> c.purpose().equals("fee-payment")).findFirst().orElseThrow();
        assertThat(fee.dueDate()).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(fee.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(fee.metLate()).isFalse();
    }
}
