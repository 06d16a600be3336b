package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** From 1 November the system administrator is reminded to enter the next year's official calendar. */
class NextYearReminderTest {

    private final WorkingCalendar shipped = OfficialCalendars.shipped();

    @Test
    void no_reminder_before_the_first_of_november_while_the_current_year_is_entered() {
        assertThat(NextYearReminder.yearsToEnter(shipped, LocalDate.of(2026, 10, 31))).isEmpty();
    }

    @Test
    void from_the_first_of_november_a_missing_next_year_is_a_reminder() {
        assertThat(NextYearReminder.yearsToEnter(shipped, LocalDate.of(2026, 11, 1))).containsExactly(2027);
    }

    @Test
    void an_entered_next_year_is_no_reminder() {
        assertThat(NextYearReminder.yearsToEnter(shipped, LocalDate.of(2025, 12, 6))).isEmpty();
    }

    @Test
    void a_missing_current_year_is_always_a_reminder() {
        assertThat(NextYearReminder.yearsToEnter(shipped, LocalDate.of(2027, 3, 1))).containsExactly(2027);
        assertThat(NextYearReminder.yearsToEnter(shipped, LocalDate.of(2027, 11, 2))).containsExactly(2027, 2028);
    }
}
