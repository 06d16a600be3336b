package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.shared.LegalBasis;
import org.junit.jupiter.api.Test;

/**
 * A date shown to a citizen that depends on a year whose official calendar is not entered is provisional, and says
 * which year; worked out by hand on the shipped calendar (2024–2026 entered).
 */
class PublicDateTest {

    private static final WorkingCalendar SHIPPED = OfficialCalendars.shipped();
    /** 《政府信息公开条例》第33条: answer within 20 working days. */
    private static final StatutoryPeriod REPLY = StatutoryPeriod.workingDays(20, LegalBasis.of("政府信息公开条例", 33));

    @Test
    void a_reply_due_in_a_year_not_entered_is_provisional_and_names_the_year() {
        // received Friday 2026-12-04: Dec 7–11, 14–18, 21–25 are 15 working days, Dec 28–31 make 19; 2027 is not
        // entered, so Friday 2027-01-01 counts as the 20th — although it will most likely be New Year's Day
        LocalDate due = SHIPPED.dueDate(REPLY, LocalDate.of(2026, 12, 4));
        PublicDate shown = PublicDate.of(due, SHIPPED);

        assertThat(due).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(shown.provisional()).isTrue();
        assertThat(shown.years()).isEqualTo("2027");
    }

    @Test
    void a_date_in_an_entered_year_is_final() {
        PublicDate shown = PublicDate.of(LocalDate.of(2026, 12, 31), SHIPPED);

        assertThat(shown.provisional()).isFalse();
        assertThat(shown.yearsNotEntered()).isEmpty();
    }

    @Test
    void once_the_year_is_entered_the_same_reply_is_due_later_and_final() {
        WorkingCalendar with2027 = WorkingCalendar.builder().year(2026).year(2027)
                .holiday(LocalDate.of(2027, 1, 1)).build();

        LocalDate due = with2027.dueDate(REPLY, LocalDate.of(2026, 12, 4));

        assertThat(due).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(PublicDate.of(due, with2027).provisional()).isFalse();
    }

    @Test
    void no_date_is_never_provisional() {
        assertThat(PublicDate.of((LocalDate) null, SHIPPED).provisional()).isFalse();
        assertThat(PublicDate.of((DeadlineView) null).date()).isNull();
    }
}
