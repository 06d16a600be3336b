package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.shared.LegalBasis;
import org.junit.jupiter.api.Test;

/** The day-counting rules of 民法典 arts. 201–203 on the official calendars (国务院办公厅 holiday notices). */
class WorkingCalendarTest {

    private static final LegalBasis BASIS = LegalBasis.of("测试", 1);

    private final WorkingCalendar calendar = OfficialCalendars.shipped();

    @Test
    void an_adjusted_working_day_is_a_working_day_though_it_falls_on_a_weekend() {
        assertThat(calendar.kindOf(LocalDate.of(2024, 9, 14))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 14))).isTrue();
    }

    @Test
    void a_holiday_on_a_weekday_is_a_day_off_and_a_plain_weekend_is_a_weekend() {
        assertThat(calendar.kindOf(LocalDate.of(2024, 10, 1))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.kindOf(LocalDate.of(2024, 10, 19))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.kindOf(LocalDate.of(2024, 10, 18))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void the_trigger_day_is_not_counted() {
        // given Monday 2024-09-02; when one working day is added; then Tuesday
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 9, 2), 1)).isEqualTo(LocalDate.of(2024, 9, 3));
    }

    @Test
    void working_days_skip_holidays_and_count_adjusted_working_days() {
        // 2024-09-02 + 20: 9/14 (Sat) and 9/29 (Sun) count, 9/15–9/17 do not
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 9, 2), 20)).isEqualTo(LocalDate.of(2024, 9, 30));
        // Friday 2024-09-13 + 1 is the adjusted Saturday 2024-09-14
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 9, 13), 1)).isEqualTo(LocalDate.of(2024, 9, 14));
    }

    @Test
    void counting_working_days_crosses_new_year_2025() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void counting_working_days_crosses_new_year_2026_into_its_adjusted_sunday() {
        // 2026-01-01 to 01-03 are holidays, Sunday 2026-01-04 is worked
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 26), 5)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void counting_working_days_into_spring_festival_2025_uses_the_adjusted_sunday() {
        // Friday 2025-01-24 + 2: Sunday 2025-01-26 (worked), Monday 2025-01-27
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 2)).isEqualTo(LocalDate.of(2025, 1, 27));
    }

    @Test
    void a_calendar_day_period_ending_on_a_holiday_ends_on_the_next_working_day() {
        // 行政处罚法 art. 60: filed 2024-07-03, 90 days → 2024-10-01 is a holiday → due 2024-10-08 (民法典 art. 203)
        StatutoryPeriod decision = StatutoryPeriod.calendarDays(90, LegalBasis.of("行政处罚法", 60));

        assertThat(calendar.dueDate(decision, LocalDate.of(2024, 7, 3))).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void a_month_period_ends_on_the_last_day_of_a_month_without_the_corresponding_day() {
        // 2024-01-31 + 1 month → 2024-02-29 (leap year, a Thursday and a working day)
        assertThat(calendar.dueDate(StatutoryPeriod.months(1, BASIS), LocalDate.of(2024, 1, 31)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void a_month_period_ending_on_a_day_off_rolls_to_the_next_working_day() {
        // 2024-01-10 + 1 month → 2024-02-10 (Spring Festival) → the next working day is the adjusted Sunday 2024-02-18
        assertThat(calendar.dueDate(StatutoryPeriod.months(1, BASIS), LocalDate.of(2024, 1, 10)))
                .isEqualTo(LocalDate.of(2024, 2, 18));
        // 2025-03-31 + 2 months → 2025-05-31, a holiday like 06-01 and 06-02 → 2025-06-03
        assertThat(calendar.dueDate(StatutoryPeriod.months(2, BASIS), LocalDate.of(2025, 3, 31)))
                .isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void a_month_period_ending_on_an_adjusted_saturday_ends_that_day() {
        // 2026-01-31 + 1 month → 2026-02-28, a Saturday worked
        assertThat(calendar.dueDate(StatutoryPeriod.months(1, BASIS), LocalDate.of(2026, 1, 31)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_year_period_from_the_29th_of_february_ends_on_the_28th() {
        assertThat(calendar.dueDate(StatutoryPeriod.years(1, BASIS), LocalDate.of(2024, 2, 29)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void a_year_period_ending_in_national_day_week_rolls_past_it() {
        // 2023-10-02 + 2 years → 2025-10-02 (holiday until 10-08) → 2025-10-09
        assertThat(calendar.dueDate(StatutoryPeriod.years(2, BASIS), LocalDate.of(2023, 10, 2)))
                .isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void a_year_without_a_calendar_counts_weekdays_and_says_so() {
        // 2027 is not loaded: Friday 2027-10-01 counts as a working day
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2027, 9, 30), 1);

        assertThat(due).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(calendar.isLoaded(2027)).isFalse();
        assertThat(calendar.yearsWithoutCalendar(LocalDate.of(2026, 12, 20), due)).containsExactly(2027);
        assertThat(calendar.yearsWithoutCalendar(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 9))).isEmpty();
    }

    @Test
    void the_warning_window_starts_the_given_number_of_working_days_before_the_due_date() {
        // due 2024-10-08: the three working days before it are 09-30, 09-29 (adjusted Sunday) and 09-27
        assertThat(calendar.workingDaysBefore(LocalDate.of(2024, 10, 8), 3)).isEqualTo(LocalDate.of(2024, 9, 27));
        assertThat(calendar.workingDaysBefore(LocalDate.of(2024, 10, 8), 0)).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void a_day_listed_as_neither_holiday_nor_adjusted_working_day_is_refused() {
        assertThatThrownBy(() -> WorkingCalendar.builder().day(LocalDate.of(2027, 1, 1), DayKind.WEEKEND).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_period_shorter_than_one_day_does_not_exist() {
        assertThatThrownBy(() -> StatutoryPeriod.workingDays(0, BASIS)).isInstanceOf(IllegalArgumentException.class);
    }
}
