package org.fazhi.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * A pause with a limit (《政府信息公开条例》第32条、第34条: a consulted party has 15 working days) ends by itself, so the
 * clock's due date is known throughout; and a due date set by decision (第35条). The 2024 calendar: 9/14 (Sat), 9/29
 * (Sun) and 10/12 (Sat) are adjusted working days; 9/15–9/17 and 10/1–10/7 are holidays.
 */
class PauseLimitTest {

    private static final StatutoryPeriod ANSWER = StatutoryPeriod.workingDays(20, LegalBasis.of("政府信息公开条例", 33));
    private static final StatutoryPeriod OPINION = StatutoryPeriod.workingDays(15, LegalBasis.of("政府信息公开条例", 32));
    private static final OrgUnitView OFFICE = new OrgUnitView(30, "政务公开办公室", OrgUnitType.DEPARTMENT, 2L, 2L, null,
            null, false, 1);

    private final WorkingCalendar calendar = OfficialCalendars.shipped();

    /** Received Mon 2024-09-02; 9/3–9/5 counted; a third party asked on 9/5, so 9/6 on is paused. */
    private DeadlineClock consulting() {
        DeadlineClock clock = DeadlineClock.start(NewDeadline.of("test", "1", () -> "test", "测试期限", ANSWER,
                LocalDate.of(2024, 9, 2), OFFICE), 3, calendar, Instant.parse("2024-01-01T00:00:00Z"));
        clock.pause(LocalDate.of(2024, 9, 6), "征求意见：第三方", OPINION, calendar);
        return clock;
    }

    @Test
    void a_pause_with_a_limit_has_the_due_date_of_a_clock_resumed_after_the_limit() {
        // the 15 working days from 9/5: 9/6, 9/9–9/13, 9/14 (adjusted Saturday), 9/18–9/20, 9/23–9/27 → 9/27;
        // resumed 9/28 with 17 days left: 9/29 (adjusted Sunday), 9/30, 10/8–10/11, 10/12 (adjusted Saturday),
        // 10/14–10/18, 10/21–10/25 → 10/25
        DeadlineClock clock = consulting();

        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(clock.currentPauses().get(0).latestResume(calendar)).isEqualTo(LocalDate.of(2024, 9, 28));
        assertThat(clock.statusOn(LocalDate.of(2024, 9, 10))).isEqualTo(DeadlineStatus.PAUSED);
    }

    @Test
    void a_pause_with_a_limit_keeps_its_alerts_working() {
        DeadlineClock clock = consulting();

        assertThat(clock.statusOn(LocalDate.of(2024, 10, 23))).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(clock.statusOn(LocalDate.of(2024, 10, 28))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void resuming_before_the_limit_recomputes_the_due_date() {
        // paused 9/6–9/18 (8 working days): 9/3–9/5 = 3, 9/19–9/20 = 5, 9/23–9/27 = 10, 9/29, 9/30 = 12,
        // 10/8–10/11 = 16, 10/12 = 17, 10/14–10/16 = 20
        DeadlineClock clock = consulting();

        clock.resume(LocalDate.of(2024, 9, 19), calendar);

        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 16));
    }

    @Test
    void resuming_or_meeting_after_the_limit_counts_the_pause_only_to_its_end() {
        DeadlineClock resumedLate = consulting();
        DeadlineClock metLate = consulting();

        resumedLate.resume(LocalDate.of(2024, 10, 10), calendar);
        metLate.meet(LocalDate.of(2024, 10, 28), calendar);

        assertThat(resumedLate.currentPauses().get(0).resumedOn()).isEqualTo(LocalDate.of(2024, 9, 28));
        assertThat(resumedLate.dates().due()).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(metLate.dates().due()).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(metLate.metOn()).isAfter(metLate.dates().due());
    }

    @Test
    void a_due_date_set_by_decision_replaces_the_computed_one_and_a_restart_clears_it() {
        DeadlineClock clock = DeadlineClock.start(NewDeadline.of("test", "1", () -> "test", "测试期限", ANSWER,
                LocalDate.of(2024, 9, 2), OFFICE), 3, calendar, Instant.parse("2024-01-01T00:00:00Z"));

        clock.setDue(LocalDate.of(2024, 12, 31), "申请数量明显超过合理范围（第35条）", LocalDate.of(2024, 9, 20), calendar);

        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(clock.round().decidedDue().reason()).contains("第35条");
        clock.restart(LocalDate.of(2024, 10, 8), "补正", calendar);
        // 10/9–10/11 = 3, 10/12 (adjusted Saturday) = 4, 10/14–11/1 = 19, 11/4 = 20
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 11, 4));
    }

    @Test
    void a_due_date_set_by_decision_must_be_later_and_decided_in_time() {
        DeadlineClock clock = DeadlineClock.start(NewDeadline.of("test", "1", () -> "test", "测试期限", ANSWER,
                LocalDate.of(2024, 9, 2), OFFICE), 3, calendar, Instant.parse("2024-01-01T00:00:00Z"));

        assertThatThrownBy(() -> clock.setDue(LocalDate.of(2024, 9, 27), "数量大", LocalDate.of(2024, 9, 20),
                calendar)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> clock.setDue(LocalDate.of(2024, 12, 31), "数量大", LocalDate.of(2024, 10, 8),
                calendar)).isInstanceOf(RuleViolation.class);
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 9, 30));
    }
}
