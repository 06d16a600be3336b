package org.fazhi.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Clocks counted in minutes: from the instant of the trigger to a due instant, whatever the calendar says. */
class MinuteClockTest {

    private static final StatutoryPeriod FIRST_REPORT = StatutoryPeriod.minutes(30, LegalBasis.of("突发事件应对法", 64));
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final OrgUnitView OFFICE = new OrgUnitView(30, "应急管理办公室", OrgUnitType.DEPARTMENT, 2L, 2L, null,
            null, false, 1);

    private final WorkingCalendar calendar = OfficialCalendars.shipped();

    private DeadlineClock start(OffsetDateTime knownAt) {
        return DeadlineClock.start(NewDeadline.at("test", "1", () -> "first-report", "首报期限", FIRST_REPORT, knownAt,
                OFFICE), 3, calendar, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void a_report_due_thirty_minutes_after_23_50_is_due_at_00_20_of_the_next_day_even_on_a_holiday() {
        // known at 2024-09-30 23:50 Beijing time; 10-01 is the National Day holiday
        DeadlineClock clock = start(OffsetDateTime.of(2024, 9, 30, 23, 50, 0, 0, BEIJING));

        assertThat(clock.minutes().dueAt()).isEqualTo(OffsetDateTime.of(2024, 10, 1, 0, 20, 0, 0, BEIJING).toInstant());
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(clock.triggeredOn()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void the_clock_is_due_soon_up_to_its_due_minute_and_overdue_from_the_next_one() {
        DeadlineClock clock = start(OffsetDateTime.of(2024, 7, 15, 14, 0, 0, 0, BEIJING));
        LocalDate day = LocalDate.of(2024, 7, 15);

        assertThat(clock.statusAt(OffsetDateTime.of(2024, 7, 15, 14, 30, 0, 0, BEIJING).toInstant(), day))
                .isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(clock.statusAt(OffsetDateTime.of(2024, 7, 15, 14, 31, 0, 0, BEIJING).toInstant(), day))
                .isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void a_report_one_minute_after_the_due_minute_is_late_and_one_at_it_is_not() {
        DeadlineClock inTime = start(OffsetDateTime.of(2024, 7, 15, 14, 0, 0, 0, BEIJING));
        inTime.meetAt(OffsetDateTime.of(2024, 7, 15, 14, 30, 0, 0, BEIJING).toInstant(), LocalDate.of(2024, 7, 15),
                calendar);
        DeadlineClock late = start(OffsetDateTime.of(2024, 7, 15, 14, 0, 0, 0, BEIJING));
        late.meetAt(OffsetDateTime.of(2024, 7, 15, 14, 31, 0, 0, BEIJING).toInstant(), LocalDate.of(2024, 7, 15),
                calendar);

        assertThat(inTime.metLate()).isFalse();
        assertThat(late.metLate()).isTrue();
        assertThat(late.statusAt(Instant.parse("2024-07-16T00:00:00Z"), LocalDate.of(2024, 7, 16)))
                .isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void a_report_before_the_trigger_is_refused_and_the_clock_keeps_running() {
        DeadlineClock clock = start(OffsetDateTime.of(2024, 7, 15, 14, 0, 0, 0, BEIJING));

        assertThatThrownBy(() -> clock.meetAt(OffsetDateTime.of(2024, 7, 15, 13, 59, 0, 0, BEIJING).toInstant(),
                LocalDate.of(2024, 7, 15), calendar))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "at");
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void a_clock_in_minutes_is_not_extended_paused_or_moved_by_a_new_calendar() {
        DeadlineClock clock = start(OffsetDateTime.of(2024, 7, 15, 14, 0, 0, 0, BEIJING));

        assertThatThrownBy(() -> clock.pause(LocalDate.of(2024, 7, 15), "等待", calendar))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> clock.extend(FIRST_REPORT, "镇长", "延长", LocalDate.of(2024, 7, 15), calendar))
                .isInstanceOf(RuleViolation.class);
        assertThat(clock.recompute(calendar, "日历更新")).isFalse();
        assertThat(clock.minutes().dueAt())
                .isEqualTo(OffsetDateTime.of(2024, 7, 15, 14, 30, 0, 0, BEIJING).toInstant());
    }

    @Test
    void day_clocks_know_no_due_instant() {
        DeadlineClock clock = DeadlineClock.start(NewDeadline.of("test", "1", () -> "test", "测试期限",
                StatutoryPeriod.workingDays(20, LegalBasis.of("政府信息公开条例", 33)), LocalDate.of(2024, 9, 2), OFFICE),
                3, calendar, Instant.parse("2024-01-01T00:00:00Z"));

        assertThat(clock.minutes().dueAt()).isNull();
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThatThrownBy(() -> NewDeadline.of("test", "1", () -> "test", "测试期限", FIRST_REPORT,
                LocalDate.of(2024, 9, 2), OFFICE)).isInstanceOf(IllegalArgumentException.class);
    }
}
