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

/** A clock's pauses, restarts, extensions and status, computed on the shipped calendars without a database. */
class DeadlineClockTest {

    /** 《政府信息公开条例》第33条: answer within 20 working days. */
    private static final StatutoryPeriod ANSWER = StatutoryPeriod.workingDays(20, LegalBasis.of("政府信息公开条例", 33));
    /** 《政府信息公开条例》第33条: one extension of at most 20 working days. */
    private static final StatutoryPeriod EXTENSION = StatutoryPeriod.workingDays(20, LegalBasis.of("政府信息公开条例", 33));
    /** 《行政处罚法》第60条: decide within 90 days. */
    private static final StatutoryPeriod DECISION = StatutoryPeriod.calendarDays(90, LegalBasis.of("行政处罚法", 60));

    private static final OrgUnitView OFFICE = new OrgUnitView(30, "政务公开办公室", OrgUnitType.DEPARTMENT, 2L, 2L, null,
            null, false, 1);

    private final WorkingCalendar calendar = OfficialCalendars.shipped();

    private DeadlineClock start(StatutoryPeriod period, LocalDate triggeredOn) {
        return DeadlineClock.start(NewDeadline.of("test", "1", () -> "test", "测试期限", period, triggeredOn, OFFICE), 3,
                calendar, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void the_answer_period_runs_twenty_working_days_from_the_day_after_receipt() {
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));

        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void days_of_a_pause_are_not_counted() {
        // given the answer period from 2024-09-02; when paused from 09-09 and resumed on 09-16 (third-party consultation)
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));
        clock.pause(LocalDate.of(2024, 9, 9), "征求第三方意见", calendar);

        assertThat(clock.statusOn(LocalDate.of(2024, 9, 10))).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(clock.dates().due()).isNull();

        clock.resume(LocalDate.of(2024, 9, 16), calendar);

        // then the six working days 09-09 to 09-14 (adjusted Saturday included) push the due date to 2024-10-14
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 14));
        assertThat(clock.statusOn(LocalDate.of(2024, 9, 17))).isEqualTo(DeadlineStatus.ON_TRACK);
    }

    @Test
    void a_calendar_day_period_is_pushed_back_by_the_paused_days() {
        // 90 days from 2024-07-03 with ten days paused (07-10 to 07-19): 2024-10-11, a working Friday
        DeadlineClock clock = start(DECISION, LocalDate.of(2024, 7, 3));
        clock.pause(LocalDate.of(2024, 7, 10), "听证", calendar);
        clock.resume(LocalDate.of(2024, 7, 20), calendar);

        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 11));
    }

    @Test
    void the_answer_period_restarts_in_full_when_the_supplement_arrives() {
        // given an application received 2024-09-02 and a 补正 notice; the clock waits from 09-05
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));
        clock.pause(LocalDate.of(2024, 9, 5), "一次性告知补正", calendar);

        // when the supplement is received on 2024-09-20
        clock.restart(LocalDate.of(2024, 9, 20), "收到补正材料", calendar);

        // then a full 20 working days run from the day after: 2024-10-23, the earlier pause no longer counts
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(clock.round().start()).isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(clock.currentPauses()).isEmpty();
        assertThat(clock.statusOn(LocalDate.of(2024, 9, 23))).isEqualTo(DeadlineStatus.ON_TRACK);
    }

    @Test
    void an_extension_is_added_to_the_due_date_as_it_stood() {
        // given due 2024-09-30; when 20 working days are added on 2024-09-27 with the head's approval
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));
        clock.extend(EXTENSION, "政务公开办公室负责人", "需调取档案", LocalDate.of(2024, 9, 27), calendar);

        // then 20 working days after 2024-09-30: 2024-11-01
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void an_extension_of_a_calendar_day_period_lengthens_the_period_and_rolls_once() {
        // given a case filed 2024-07-03: its 90th day, 2024-10-01, is a National Day holiday, so the period ends on
        // the next working day, 2024-10-08
        DeadlineClock clock = start(DECISION, LocalDate.of(2024, 7, 3));
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 8));

        // when the head approves 30 more days on 2024-09-30
        clock.extend(StatutoryPeriod.calendarDays(30, LegalBasis.of("行政处罚法", 60)), "局长", "案情复杂",
                LocalDate.of(2024, 9, 30), calendar);

        // then the period is 120 days from filing: 2024-10-31, a Thursday — not 30 days after the rolled 10-08
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 31));
    }

    @Test
    void an_extended_period_ending_on_a_holiday_rolls_to_the_next_working_day() {
        // given 60 days from 2024-08-02: the last day 2024-10-01 is a holiday, so due on 2024-10-08
        DeadlineClock clock = start(StatutoryPeriod.calendarDays(60, LegalBasis.of("测试", 1)), LocalDate.of(2024, 8, 2));
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 8));

        clock.extend(StatutoryPeriod.calendarDays(6, LegalBasis.of("测试", 1)), "局长", "需要补充鉴定",
                LocalDate.of(2024, 9, 29), calendar);

        // when 6 days are added on the adjusted working Sunday 2024-09-29: 66 days from 2024-08-02 end on 2024-10-07,
        // still inside the holiday, so the roll applies once, to 2024-10-08 (not 6 days after the rolled 10-08)
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void an_extension_approved_while_the_clock_is_paused_for_a_hearing_lengthens_the_period_and_the_clock_stays_paused() {
        // given a case filed 2024-06-03 (90 days end on Sunday 2024-09-01, so 2024-09-02), its clock paused for a
        // hearing from 2024-07-01
        DeadlineClock clock = start(DECISION, LocalDate.of(2024, 6, 3));
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 9, 2));
        clock.pause(LocalDate.of(2024, 7, 1), "听证期间不计入办案期限", calendar);

        // when the head approves 30 more days on 2024-07-05, the hearing still pending
        clock.extend(StatutoryPeriod.calendarDays(30, LegalBasis.of("行政处罚法", 60)), "局长", "案情复杂，需补充调查",
                LocalDate.of(2024, 7, 5), calendar);

        // then the extension is on record and the clock stays paused
        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
        assertThat(clock.currentExtensions()).singleElement()
                .satisfies(e -> assertThat(e.decidedOn()).isEqualTo(LocalDate.of(2024, 7, 5)));
        assertThat(clock.dates().due()).isNull();

        // and once the hearing is held on 2024-07-11 and the clock runs again on 07-12, the 90 + 30 days and the 11
        // paused days end 131 days after filing: Saturday 2024-10-12, an adjusted working day, so it does not roll
        clock.resume(LocalDate.of(2024, 7, 12), calendar);
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    void an_extension_of_a_clock_paused_after_its_period_had_run_out_is_refused() {
        // given the 90 days from 2024-06-03 ending 2024-09-02, and a pause only from 2024-09-10
        DeadlineClock clock = start(DECISION, LocalDate.of(2024, 6, 3));
        clock.pause(LocalDate.of(2024, 9, 10), "听证期间不计入办案期限", calendar);

        // when an extension is approved on 2024-09-11, then it is too late: the period ended before the pause
        assertThatThrownBy(() -> clock.extend(StatutoryPeriod.calendarDays(30, LegalBasis.of("行政处罚法", 60)), "局长",
                "迟延", LocalDate.of(2024, 9, 11), calendar))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("deadline.extend.late");
        assertThat(clock.currentExtensions()).isEmpty();
        assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
    }

    @Test
    void an_extension_decided_after_the_due_date_is_refused() {
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));

        assertThatThrownBy(() -> clock.extend(EXTENSION, "负责人", "迟延", LocalDate.of(2024, 10, 8), calendar))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("deadline.extend.late");
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void an_extension_needs_an_approver() {
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));

        assertThatThrownBy(() -> clock.extend(EXTENSION, " ", "需调取档案", LocalDate.of(2024, 9, 27), calendar))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("approver");
    }

    @Test
    void a_clock_is_due_soon_within_its_warning_window_and_overdue_after_its_due_date() {
        // due 2024-10-08; the window of 3 working days opens on 2024-09-27
        DeadlineClock clock = start(DECISION, LocalDate.of(2024, 7, 3));

        assertThat(clock.dates().warnFrom()).isEqualTo(LocalDate.of(2024, 9, 27));
        assertThat(clock.statusOn(LocalDate.of(2024, 9, 26))).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(clock.statusOn(LocalDate.of(2024, 9, 27))).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(clock.statusOn(LocalDate.of(2024, 10, 8))).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(clock.statusOn(LocalDate.of(2024, 10, 9))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void a_clock_met_late_is_grey_and_remembers_the_day() {
        DeadlineClock clock = start(DECISION, LocalDate.of(2024, 7, 3));
        clock.meet(LocalDate.of(2024, 10, 9), calendar);

        assertThat(clock.statusOn(LocalDate.of(2024, 10, 20))).isEqualTo(DeadlineStatus.MET);
        assertThat(clock.metOn()).isAfter(clock.dates().due());
    }

    @Test
    void a_met_clock_cannot_be_paused() {
        DeadlineClock clock = start(DECISION, LocalDate.of(2024, 7, 3));
        clock.meet(LocalDate.of(2024, 9, 1), calendar);

        assertThatThrownBy(() -> clock.pause(LocalDate.of(2024, 9, 2), "无", calendar))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("deadline.step.notAllowed");
    }

    @Test
    void a_stopped_clock_is_grey_and_keeps_its_reason() {
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));
        clock.stop(LocalDate.of(2024, 9, 10), "申请人撤回申请", calendar);

        assertThat(clock.statusOn(LocalDate.of(2024, 10, 30))).isEqualTo(DeadlineStatus.STOPPED);
        assertThat(clock.stopped().reason()).isEqualTo("申请人撤回申请");
    }

    @Test
    void a_clock_in_a_year_without_calendar_is_provisional_until_the_year_is_entered() {
        // given five working days from Wednesday 2027-04-28 with 2027 not loaded: Monday to Friday count → 2027-05-05
        DeadlineClock clock = start(StatutoryPeriod.workingDays(5, LegalBasis.of("测试", 1)), LocalDate.of(2027, 4, 28));
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2027, 5, 5));
        assertThat(clock.dates().provisional()).isTrue();

        // when 2027 is entered with 05-01 to 05-05 off
        WorkingCalendar with2027 = WorkingCalendar.builder().year(2027)
                .holidays(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 5)).build();
        boolean moved = clock.recompute(with2027, "工作日历 2027 年");

        // then the due date moves to Monday 2027-05-10 and is no longer provisional
        assertThat(moved).isTrue();
        assertThat(clock.dates().due()).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(clock.dates().provisional()).isFalse();
        assertThat(clock.recompute(with2027, "unchanged")).isFalse();
    }

    private static final OrgUnitView COMMITTEE = new OrgUnitView(31, "镇人民调解委员会", OrgUnitType.DEPARTMENT, 2L, 2L,
            null, null, false, 2);
    private static final OrgUnitView OTHER_TOWN = new OrgUnitView(90, "示例镇司法所", OrgUnitType.DEPARTMENT, 80L, 80L,
            null, null, false, 1);

    @Test
    void a_handed_over_clock_runs_on_unchanged_with_its_new_holder() {
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));
        LocalDate due = clock.dates().due();

        clock.handOver(COMMITTEE, "村调解未果，移交镇调委会");

        assertThat(clock.getHolderUnitId()).isEqualTo(COMMITTEE.id());
        assertThat(clock.dates().due()).isEqualTo(due);
        assertThat(clock.assignee()).isNull();
    }

    @Test
    void a_met_clock_is_history_and_is_not_handed_over() {
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));
        clock.meet(LocalDate.of(2024, 9, 10), calendar);

        assertThatThrownBy(() -> clock.handOver(COMMITTEE, "移交")).isInstanceOf(RuleViolation.class);
        assertThat(clock.getHolderUnitId()).isEqualTo(OFFICE.id());
    }

    @Test
    void a_clock_is_not_handed_over_to_another_town() {
        DeadlineClock clock = start(ANSWER, LocalDate.of(2024, 9, 2));

        assertThatThrownBy(() -> clock.handOver(OTHER_TOWN, "移交")).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("deadline.handOver.otherTown");
        assertThat(clock.getHolderUnitId()).isEqualTo(OFFICE.id());
    }
}
