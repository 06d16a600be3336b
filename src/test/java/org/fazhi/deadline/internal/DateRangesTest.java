package org.fazhi.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the administrator types into the calendar form: dates and ranges, read and written back. */
class DateRangesTest {

    @Test
    void a_range_with_a_tilde_means_every_day_from_first_to_last() {
        DateRanges.Parsed p = DateRanges.parse("2026-02-15~2026-02-23");

        assertThat(p.dates()).hasSize(9).startsWith(LocalDate.of(2026, 2, 15)).endsWith(LocalDate.of(2026, 2, 23));
        assertThat(p.unreadable()).isEmpty();
    }

    @Test
    void dates_and_ranges_may_be_separated_by_lines_commas_and_enumeration_commas() {
        DateRanges.Parsed p = DateRanges.parse("2026-01-01~2026-01-03\n2026-04-04 ～ 2026-04-06，2026-06-19、2026/6/20");

        assertThat(p.dates()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 3), LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 20));
    }

    @Test
    void an_impossible_date_or_a_backward_range_is_named_as_typed() {
        DateRanges.Parsed p = DateRanges.parse("2026-02-30\n2026-10-07~2026-10-01\n2026-10-08");

        assertThat(p.unreadable()).containsExactly("2026-02-30", "2026-10-07~2026-10-01");
        assertThat(p.dates()).containsExactly(LocalDate.of(2026, 10, 8));
    }

    @Test
    void consecutive_days_are_written_back_as_one_range() {
        String text = DateRanges.format(List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 2, 17), LocalDate.of(2026, 5, 9)));

        assertThat(text).isEqualTo("2026-02-15~2026-02-17\n2026-05-09");
    }
}
