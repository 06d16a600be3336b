package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The demo's dates, counted by hand on the official calendar as shipped: 2026 has 春节 from 15 to 23 February with
 * Saturday 14 February an adjusted working day; 2027 is not entered, so Monday to Friday count (New Year's Day
 * 2027-01-01, a Friday, among them, as the deadline engine counts it until the year is entered).
 */
class DemoCalendarTest {

    private static final WorkingCalendar SHIPPED = OfficialCalendars.shipped();

    private static DemoCalendar on(LocalDate today) {
        return new DemoCalendar(today, SHIPPED::isWorkingDay);
    }

    @Test
    void the_report_year_is_the_year_before_the_first_start_and_its_days_fall_on_working_days() {
        DemoCalendar jan = on(LocalDate.of(2027, 1, 3));

        assertThat(jan.reportYear()).isEqualTo(2026);
        assertThat(jan.currentYear()).isEqualTo(2027);
        // 2026-02-15 is 春节 (a Sunday as well): the next working day is 2026-02-24
        assertThat(jan.workdayInReportYear(2, 15)).isEqualTo(LocalDate.of(2026, 2, 24));
        // 2026-03-03 is a Tuesday
        assertThat(jan.workdayInReportYear(3, 3)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(jan.yearsBeforeReport(5, 3, 10)).isEqualTo(LocalDate.of(2021, 3, 10));
    }

    @Test
    void during_the_spring_festival_the_steps_before_fall_on_the_last_working_days_and_the_next_after_it() {
        DemoCalendar festival = on(LocalDate.of(2026, 2, 16));

        // working days back: Saturday 14 February (adjusted), Friday 13, Thursday 12
        assertThat(festival.workingDaysAgo(1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(festival.workingDaysAgo(3)).isEqualTo(LocalDate.of(2026, 2, 12));
        // ahead: Tuesday 24 February, then Wednesday 25
        assertThat(festival.workingDaysAhead(2)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(festival.workingDayOnOrBefore(festival.today())).isEqualTo(LocalDate.of(2026, 2, 14));
        // overdue by two working days: due on Friday 13 February, this month
        assertThat(festival.overdueBy(2)).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void a_duty_is_never_overdue_from_an_earlier_month() {
        // Sunday 3 January 2027: the only working day of the month before it is Friday 1 January
        assertThat(on(LocalDate.of(2027, 1, 3)).overdueBy(5)).isEqualTo(LocalDate.of(2027, 1, 1));
        // Sunday 1 July 2029: no working day of July has passed, the duty falls due on Monday 2 July
        assertThat(on(LocalDate.of(2029, 7, 1)).overdueBy(2)).isEqualTo(LocalDate.of(2029, 7, 2));
        // Monday 5 January 2026: 1–3 January are New Year's holidays, Sunday 4 January is an adjusted working day
        assertThat(on(LocalDate.of(2026, 1, 5)).overdueBy(3)).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void without_the_official_calendar_monday_to_friday_are_the_working_days() {
        DemoCalendar weekdays = new DemoCalendar(LocalDate.of(2026, 2, 16), DemoCalendar.WorkingDays.WEEKDAYS);

        assertThat(weekdays.workingDaysAgo(1)).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(weekdays.overdueBy(0)).isEqualTo(LocalDate.of(2026, 2, 16));
    }
}
