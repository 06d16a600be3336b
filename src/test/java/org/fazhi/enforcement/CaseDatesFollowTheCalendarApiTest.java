package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The dates of a running case follow the official calendar when a year is corrected. Each test takes its case's steps
 * while the 2026 calendar lacks the New Year holiday (1 to 3 January off, Sunday 4 January an adjusted working day) —
 * as a year entered without it — and then the administrator corrects 2026 to the State Council's notice. The
 * shipped 2026 is put back after each test.
 */
class CaseDatesFollowTheCalendarApiTest extends IntegrationTest {

    private static final Set<String> NEW_YEAR = Set.of("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04");

    private final CaseFlows flows = new CaseFlows(this::api);
    private JsonNode official;

    @BeforeEach
    void enterTheYearWithoutNewYear() {
        official = api("admin").get("/api/v1/calendar/years/2026").json();
        assertThat(official.get("adjustedWorkdays").toString()).contains("2026-01-04");
        put2026(false);
    }

    @AfterEach
    void restoreTheShippedYear() {
        put2026(true);
    }

    /** Puts 2026 as shipped, or without the New Year holiday and its adjusted Sunday. */
    private void put2026(boolean withNewYear) {
        List<String> holidays = new ArrayList<>();
        official.get("holidays").forEach(d -> holidays.add(d.asString()));
        List<String> adjusted = new ArrayList<>();
        official.get("adjustedWorkdays").forEach(d -> adjusted.add(d.asString()));
        if (!withNewYear) {
            holidays.removeAll(NEW_YEAR);
            adjusted.removeAll(NEW_YEAR);
        }
        Api.Response r = api("admin").putJson("/api/v1/calendar/years/2026", "{\"note\":\""
                + official.get("note").asString() + "\",\"holidays\":" + json(holidays) + ",\"adjustedWorkdays\":"
                + json(adjusted) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static String json(List<String> dates) {
        return dates.stream().map(d -> "\"" + d + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Test
    void the_payment_due_date_follows_the_corrected_year_and_the_late_fee_runs_from_the_corrected_date() {
        // given a decision served on Wednesday 2025-12-17 with a fine of 1,000 yuan: 15 days end on Thursday
        // 2026-01-01, a working day in the year as first entered
        long id = flows.served("日历更正缴款期限测试案", LocalDate.of(2025, 12, 17), 1000);
        assertThat(flows.caseInfo(id).get("paymentDueOn").asString()).isEqualTo("2026-01-01");

        // when 2026 is corrected: 01-01 to 01-03 off, Sunday 01-04 a working day
        put2026(true);

        // then the payment is due on Sunday 2026-01-04 (民法典第203条: the next working day is the adjusted Sunday)
        assertThat(flows.caseInfo(id).get("paymentDueOn").asString()).isEqualTo("2026-01-04");
        assertThat(flows.clock(id, "罚款缴纳期限").get("dueDate").asString()).isEqualTo("2026-01-04");

        // and a payment on Monday 01-05 is one day late: 1,000 + 3 % = 1,030 yuan, not 1,120 from the old date
        JsonNode paid = flows.ok(flows.step("officer1", id, "PAY", "{\"on\":\"2026-01-05\",\"amount\":1030}"));
        assertThat(paid.get("lateFee").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(paid.get("state").asString()).isEqualTo("EXECUTED");
    }

    @Test
    void the_statement_window_follows_the_corrected_year_and_the_case_waits_for_its_new_end() {
        // given the notice served on Monday 2025-12-29: 5 working days are 12-30, 12-31, 01-01, 01-02 and 01-05
        long id = flows.notified("日历更正陈述申辩期限测试案", LocalDate.of(2025, 12, 29), 1000);
        assertThat(flows.caseInfo(id).get("windowEndsOn").asString()).isEqualTo("2026-01-05");

        // when 2026 is corrected, the 5 working days are 12-30, 12-31, Sunday 01-04, 01-05 and 01-06
        put2026(true);

        // then the window ends on 2026-01-06, and the case goes to review on the 7th, not before
        assertThat(flows.caseInfo(id).get("windowEndsOn").asString()).isEqualTo("2026-01-06");
        Api.Response early = flows.step("officer1", id, "SUBMIT_REVIEW", "{\"on\":\"2026-01-06\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("2026-01-06");
        flows.ok(flows.step("officer1", id, "SUBMIT_REVIEW", "{\"on\":\"2026-01-07\"}"));
    }

    @Test
    void the_hearing_notice_follows_the_corrected_year_to_the_7th_working_day_before_the_hearing() {
        // given a proposed fine of 50,000 yuan (a hearing applies), notified on 2025-12-15, the hearing asked for and
        // set on Monday 2025-12-22 for Friday 2026-01-09: the notice may reach the party until 2025-12-31, the 7th
        // working day before (01-08, 07, 06, 05, 02, 01, 12-31)
        long id = flows.notified("日历更正听证通知期限测试案", LocalDate.of(2025, 12, 15), 50000);
        flows.ok(flows.step("officer1", id, "REQUEST_HEARING", "{\"on\":\"2025-12-22\"}"));
        flows.ok(flows.step("officer1", id, "SCHEDULE_HEARING", "{\"on\":\"2025-12-22\",\"hearingOn\":\"2026-01-09\","
                + "\"note\":\"镇政府会议室\"}"));
        assertThat(flows.clock(id, "听证通知送达期限").get("dueDate").asString()).isEqualTo("2025-12-31");

        // when 2026 is corrected: the 7 working days before the hearing are 01-08, 07, 06, 05, Sunday 04, 12-31, 12-30
        put2026(true);

        // then the notice is due by 2025-12-30, and one served on the 31st is too late
        JsonNode clock = flows.clock(id, "听证通知送达期限");
        assertThat(clock.get("dueDate").asString()).isEqualTo("2025-12-30");
        assertThat(clock.get("status").asString()).isNotIn("STOPPED", "MET");
        Api.Response late = flows.step("officer1", id, "NOTIFY_HEARING", "{\"on\":\"2025-12-31\",\"officerIds\":"
                + flows.team() + "}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("detail").asString()).contains("2025-12-30");
        flows.ok(flows.step("officer1", id, "NOTIFY_HEARING", "{\"on\":\"2025-12-30\",\"officerIds\":" + flows.team()
                + "}"));
    }

    @Test
    void the_reminder_the_lapse_of_the_remedies_and_the_court_clock_follow_the_corrected_year() {
        // given a decision served on Tuesday 2025-07-01: the 6 months to sue end on Thursday 2026-01-01, so the court
        // may be asked from then until 2026-04-01; the fine unpaid, a reminder on Wednesday 2025-12-24 whose 10
        // working days end on 2026-01-07 (12-25, 26, 29, 30, 31, 01-01, 02, 05, 06, 07)
        long id = flows.served("日历更正申请强制执行期限测试案", LocalDate.of(2025, 7, 1), 1000);
        flows.ok(flows.step("officer1", id, "REMIND", "{\"on\":\"2025-12-24\",\"officerIds\":" + flows.team() + "}"));
        JsonNode before = flows.caseInfo(id);
        assertThat(before.get("reminderEndsOn").asString()).isEqualTo("2026-01-07");
        assertThat(before.get("remedies").get("lapsesOn").asString()).isEqualTo("2026-01-01");
        JsonNode court = flows.clock(id, "申请人民法院强制执行期限");
        assertThat(court.get("triggeredOn").asString()).isEqualTo("2026-01-01");
        assertThat(court.get("dueDate").asString()).isEqualTo("2026-04-01");

        // when 2026 is corrected
        put2026(true);

        // then the remedies lapse on the adjusted Sunday 2026-01-04; the court clock runs from it, its 3 months end on
        // Saturday 04-04 inside the Qingming holiday (04-04 to 04-06), so on Tuesday 2026-04-07; the reminder's 10
        // working days (12-25, 26, 29, 30, 31, Sunday 01-04, 05, 06, 07, 08) end on 2026-01-08
        JsonNode after = flows.caseInfo(id);
        assertThat(after.get("remedies").get("lapsesOn").asString()).isEqualTo("2026-01-04");
        assertThat(after.get("reminderEndsOn").asString()).isEqualTo("2026-01-08");
        court = flows.clock(id, "申请人民法院强制执行期限");
        assertThat(court.get("triggeredOn").asString()).isEqualTo("2026-01-04");
        assertThat(court.get("dueDate").asString()).isEqualTo("2026-04-07");

        // and the court is not asked on 01-08, the reminder's last day, but on the 9th
        Api.Response early = flows.step("officer1", id, "APPLY_TO_COURT", "{\"on\":\"2026-01-08\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("催告期限至 2026-01-08");
        flows.ok(flows.step("officer1", id, "APPLY_TO_COURT", "{\"on\":\"2026-01-09\",\"note\":\"申请海门区人民法院强制执行\"}"));
    }
}
