package org.fazhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Every clock of 《行政处罚法》 and 《行政强制法》, counted over the official calendars of 2024–2026 with their holidays. */
class PenaltyPeriodsTest {

    private final WorkingCalendar cal = OfficialCalendars.shipped();

    @Test
    void the_90_day_decision_period_ending_on_national_day_rolls_to_the_next_working_day() {
        assertThat(cal.dueDate(PenaltyPeriods.DECISION, LocalDate.of(2024, 7, 3))).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void the_hearing_request_window_counts_5_working_days_and_the_adjusted_sunday_before_national_day() {
        // 9/29 (adjusted Sunday), 9/30, then 10/8, 10/9, 10/10 after the holiday
        assertThat(PenaltyPeriods.hearingRequestEnds(cal, LocalDate.of(2024, 9, 27)))
                .isEqualTo(LocalDate.of(2024, 10, 10));
    }

    @Test
    void a_hearing_notified_before_the_spring_festival_is_held_7_working_days_later_at_the_earliest() {
        // 1/26 (adjusted), 1/27, holidays 1/28–2/4, then 2/5, 2/6, 2/7, 2/8 (adjusted Saturday), 2/10
        assertThat(PenaltyPeriods.earliestHearing(cal, LocalDate.of(2025, 1, 24))).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void service_within_7_working_days_spans_the_2026_spring_festival_and_its_two_adjusted_saturdays() {
        // 2/13, 2/14 (adjusted), holidays 2/15–2/23, 2/24, 2/25, 2/26, 2/27, 2/28 (adjusted)
        assertThat(cal.dueDate(PenaltyPeriods.SERVICE, LocalDate.of(2026, 2, 12))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void payment_within_15_days_ending_on_national_day_2025_rolls_to_october_9() {
        assertThat(cal.dueDate(PenaltyPeriods.PAYMENT, LocalDate.of(2025, 9, 16))).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void the_reminder_gives_10_working_days_across_mid_autumn_and_national_day_2026() {
        assertThat(cal.dueDate(PenaltyPeriods.REMINDER, LocalDate.of(2026, 9, 18))).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void the_court_application_runs_3_months_after_the_later_of_the_reconsideration_and_suit_periods() {
        LocalDate received = LocalDate.of(2024, 4, 30);
        // reconsideration: 60 days → 2024-06-29 (Saturday) → 2024-07-01; suit: 6 months → 2024-10-30
        assertThat(cal.dueDate(PenaltyPeriods.RECONSIDERATION, received)).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(PenaltyPeriods.remediesLapse(cal, received)).isEqualTo(LocalDate.of(2024, 10, 30));
        // + 3 months → 2025-01-30, in the spring festival → 2025-02-05
        assertThat(PenaltyPeriods.courtApplicationEnds(cal, received)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void the_evidence_preservation_decision_counts_7_working_days_over_may_day_and_its_adjusted_saturday() {
        // holidays 5/1–5/5, then 5/6, 5/7, 5/8, 5/9, 5/10, 5/11 (adjusted), 5/13
        assertThat(cal.dueDate(PenaltyPeriods.EVIDENCE_PRESERVATION, LocalDate.of(2024, 4, 30)))
                .isEqualTo(LocalDate.of(2024, 5, 13));
    }

    @Test
    void the_two_year_limitation_ends_on_the_corresponding_day() {
        assertThat(PenaltyPeriods.limitationEnds(cal, LocalDate.of(2024, 2, 10), false))
                .isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(PenaltyPeriods.limitationEnds(cal, LocalDate.of(2021, 2, 10), true))
                .isEqualTo(LocalDate.of(2026, 2, 10));
    }

    @Test
    void the_late_fee_is_3_percent_a_day_from_the_day_after_the_due_date() {
        assertThat(LateFee.of(new BigDecimal("1000"), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 20), null, null))
                .isEqualByComparingTo("300");
    }

    @Test
    void the_late_fee_does_not_run_while_reconsideration_is_pending() {
        assertThat(LateFee.of(new BigDecimal("1000"), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 20),
                LocalDate.of(2024, 5, 12), LocalDate.of(2024, 5, 15))).isEqualByComparingTo("180");
    }

    @Test
    void the_late_fee_never_exceeds_the_fine() {
        assertThat(LateFee.of(new BigDecimal("1000"), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 9, 1), null, null))
                .isEqualByComparingTo("1000");
    }

    @Test
    void no_late_fee_is_due_when_paid_on_the_last_day() {
        assertThat(LateFee.of(new BigDecimal("1000"), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10), null, null))
                .isEqualByComparingTo("0");
    }

    @Test
    void the_hearing_notice_clock_falls_due_on_the_7th_working_day_before_the_hearing_across_national_day() {
        // hearing on Wed 2024-10-16; counting back 7 working days passes Sat 10-12 (adjusted working day) and lands on
        // Tue 10-08, the first working day after the National Day holiday (10-01 to 10-07)
        PenaltyPeriods.ClockStart clock = PenaltyPeriods.hearingNoticeClock(cal, LocalDate.of(2024, 9, 27),
                LocalDate.of(2024, 10, 16));

        assertThat(PenaltyPeriods.latestHearingNotice(cal, LocalDate.of(2024, 10, 16))).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(clock.trigger()).isEqualTo(LocalDate.of(2024, 9, 27));
        assertThat(cal.dueDate(clock.period(), clock.trigger())).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(clock.period().basis().citation()).isEqualTo("《行政处罚法》第64条、第85条");
    }

    @Test
    void a_hearing_notice_due_on_the_day_the_hearing_is_scheduled_still_gets_a_one_day_clock() {
        // scheduled Tue 2024-10-08 for Wed 10-16: the notice must go out the same day
        PenaltyPeriods.ClockStart clock = PenaltyPeriods.hearingNoticeClock(cal, LocalDate.of(2024, 10, 8),
                LocalDate.of(2024, 10, 16));

        assertThat(cal.dueDate(clock.period(), clock.trigger())).isEqualTo(LocalDate.of(2024, 10, 8));
    }
}
