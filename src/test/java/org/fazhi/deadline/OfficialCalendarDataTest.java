package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped calendars are those of the 国务院办公厅 holiday notices for 2024, 2025 and 2026, day for day:
 * every holiday and adjusted working day is there, and nothing else.
 */
class OfficialCalendarDataTest {

    private final WorkingCalendar shipped = OfficialCalendars.shipped();

    /** The notices' tables, written out: holidays as ranges, then adjusted working days. */
    private static Map<LocalDate, DayKind> expected(int year) {
        WorkingCalendar.Builder b = WorkingCalendar.builder().year(year);
        switch (year) {
            case 2024 -> b.holiday(LocalDate.of(2024, 1, 1))
                    .holidays(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 17))
                    .holidays(LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 6))
                    .holidays(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 5))
                    .holiday(LocalDate.of(2024, 6, 10))
                    .holidays(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 17))
                    .holidays(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7))
                    .adjustedWorkday(LocalDate.of(2024, 2, 4)).adjustedWorkday(LocalDate.of(2024, 2, 18))
                    .adjustedWorkday(LocalDate.of(2024, 4, 7)).adjustedWorkday(LocalDate.of(2024, 4, 28))
                    .adjustedWorkday(LocalDate.of(2024, 5, 11)).adjustedWorkday(LocalDate.of(2024, 9, 14))
                    .adjustedWorkday(LocalDate.of(2024, 9, 29)).adjustedWorkday(LocalDate.of(2024, 10, 12));
            case 2025 -> b.holiday(LocalDate.of(2025, 1, 1))
                    .holidays(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4))
                    .holidays(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 6))
                    .holidays(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5))
                    .holidays(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2))
                    .holidays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
                    .adjustedWorkday(LocalDate.of(2025, 1, 26)).adjustedWorkday(LocalDate.of(2025, 2, 8))
                    .adjustedWorkday(LocalDate.of(2025, 4, 27)).adjustedWorkday(LocalDate.of(2025, 9, 28))
                    .adjustedWorkday(LocalDate.of(2025, 10, 11));
            case 2026 -> b.holidays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
                    .holidays(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))
                    .holidays(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6))
                    .holidays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5))
                    .holidays(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21))
                    .holidays(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27))
                    .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                    .adjustedWorkday(LocalDate.of(2026, 1, 4)).adjustedWorkday(LocalDate.of(2026, 2, 14))
                    .adjustedWorkday(LocalDate.of(2026, 2, 28)).adjustedWorkday(LocalDate.of(2026, 5, 9))
                    .adjustedWorkday(LocalDate.of(2026, 9, 20)).adjustedWorkday(LocalDate.of(2026, 10, 10));
            default -> throw new IllegalArgumentException("no §G row for " + year);
        }
        return new TreeMap<>(b.build().exceptionsOf(year));
    }

    @Test
    void the_years_2024_to_2026_are_shipped() {
        assertThat(shipped.loadedYears()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void every_holiday_and_adjusted_working_day_of_2024_is_shipped_and_nothing_else() {
        assertThat(shipped.exceptionsOf(2024)).containsExactlyEntriesOf(expected(2024));
        assertThat(shipped.exceptionsOf(2024)).hasSize(28 + 8);
    }

    @Test
    void every_holiday_and_adjusted_working_day_of_2025_is_shipped_and_nothing_else() {
        assertThat(shipped.exceptionsOf(2025)).containsExactlyEntriesOf(expected(2025));
        assertThat(shipped.exceptionsOf(2025)).hasSize(28 + 5);
    }

    @Test
    void every_holiday_and_adjusted_working_day_of_2026_is_shipped_and_nothing_else() {
        assertThat(shipped.exceptionsOf(2026)).containsExactlyEntriesOf(expected(2026));
        assertThat(shipped.exceptionsOf(2026)).hasSize(33 + 6);
    }

    @Test
    void every_listed_holiday_is_a_day_off_and_every_adjusted_day_a_working_weekend_day() {
        for (int year = 2024; year <= 2026; year++) {
            expected(year).forEach((date, kind) -> {
                assertThat(shipped.kindOf(date)).as(date.toString()).isEqualTo(kind);
                assertThat(shipped.isWorkingDay(date)).as(date.toString()).isEqualTo(kind == DayKind.ADJUSTED_WORKDAY);
                if (kind == DayKind.ADJUSTED_WORKDAY) {
                    assertThat(date.getDayOfWeek().getValue()).as(date.toString()).isGreaterThanOrEqualTo(6);
                }
            });
        }
    }
}
