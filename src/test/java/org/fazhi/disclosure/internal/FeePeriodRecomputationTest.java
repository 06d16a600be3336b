package org.fazhi.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A fee notice recorded before the payment period was fixed (《政府信息公开条例》第42条, 国办函〔2020〕109号) kept a pay-by
 * date typed by staff and had no payment clock; at start-up it gets both, counted from the day it was received.
 */
class FeePeriodRecomputationTest extends IntegrationTest {

    private static final String BASE = "/api/v1/disclosure/applications";

    @Autowired
    FeePeriodRecomputation recomputation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_fee_notice_recorded_before_the_fixed_period_gets_the_pay_by_date_of_the_official_calendar() {
        Api clerk = api("clerk");
        Api.Response r = clerk.postJson(BASE, """
                {"receivedOn":"2024-05-06","channel":"IN_PERSON","applicantType":"NATURAL_PERSON",
                 "applicantName":"王小明","idNumber":"320684199001011234","phone":"13800001111",
                 "content":"2024年本镇农村低保户名单及发放标准"}""");
        long id = r.json().get("id").asLong();
        assertThat(clerk.postJson(BASE + "/" + id + "/fee-notice", "{\"noticeOn\":\"2024-05-08\",\"amount\":300}")
                .status()).isEqualTo(200);
        // as stored before: a pay-by date typed by staff, no day of receipt (V69 fills it), no payment clock
        jdbc.update("update disclosure_application set fee_pay_by = date '2024-05-31' where id = ?", id);
        jdbc.update("delete from deadline_clock where subject_type = 'disclosure.application' and subject_id = ? "
                + "and purpose = 'fee-payment'", String.valueOf(id));

        recomputation.recompute();

        JsonNode a = clerk.get(BASE + "/" + id).json();
        // counted from 5/9 across the adjusted working Saturday 5/11: the 20th working day is 6/4
        assertThat(a.get("fee").get("payBy").asString()).isEqualTo("2024-06-04");
        assertThat(clerk.postJson(BASE + "/" + id + "/decision",
                "{\"decidedOn\":\"2024-06-03\",\"outcome\":\"OTHER_FEE_UNPAID\",\"reason\":\"未缴费\"}").status())
                .isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from deadline_clock where subject_id = ? "
                + "and purpose = 'fee-payment'", Integer.class, String.valueOf(id))).isEqualTo(1);
    }
}
