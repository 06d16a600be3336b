package org.fazhi.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.RuleViolation.FieldProblem;
import org.junit.jupiter.api.Test;

/** What a calendar year must satisfy before it is stored. */
class YearRulesTest {

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void the_shipped_2026_passes() {
        assertThat(YearRules.check(2026, List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16)),
                List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14)))).isEmpty();
    }

    @Test
    void a_date_of_another_year_is_refused() {
        assertThat(keys(YearRules.check(2026, List.of(LocalDate.of(2027, 1, 1)), List.of())))
                .containsExactly("calendar.year.dateOutside");
    }

    @Test
    void a_date_cannot_be_both_a_holiday_and_an_adjusted_working_day() {
        assertThat(keys(YearRules.check(2026, List.of(LocalDate.of(2026, 2, 14)), List.of(LocalDate.of(2026, 2, 14)))))
                .containsExactly("calendar.year.both");
    }

    @Test
    void an_adjusted_working_day_is_a_saturday_or_sunday() {
        // Wednesday 2026-01-07 is a working day anyway
        assertThat(keys(YearRules.check(2026, List.of(LocalDate.of(2026, 1, 1)), List.of(LocalDate.of(2026, 1, 7)))))
                .containsExactly("calendar.year.adjustedOnWeekday");
    }

    @Test
    void a_year_without_any_holiday_is_refused() {
        assertThat(keys(YearRules.check(2026, List.of(), List.of()))).containsExactly("calendar.year.noHolidays");
    }

    @Test
    void a_year_outside_the_supported_range_is_refused() {
        assertThat(keys(YearRules.check(1999, List.of(LocalDate.of(1999, 1, 1)), List.of())))
                .containsExactly("calendar.year.range");
    }
}
