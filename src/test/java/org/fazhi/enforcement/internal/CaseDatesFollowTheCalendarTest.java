package org.fazhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.deadline.DayKind;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * Every date a case keeps from the official calendar follows it when the next year is entered: a case served in late
 * December 2026, while 2027 is not loaded (Monday to Friday count), and 2027 then entered with 1 to 3 January off.
 */
class CaseDatesFollowTheCalendarTest {

    private static final OrgUnitView BUREAU = new OrgUnitView(3, "综合行政执法局", OrgUnitType.DEPARTMENT, 2L, 2L, null,
            null, false, 1);
    private static final CaseProcedure.Context IN_2027 = new CaseProcedure.Context(LocalDate.of(2027, 1, 20), true,
            s -> true);
    private static final BigDecimal FINE = new BigDecimal("1000");

    /** The shipped years 2024 to 2026; 2027 not yet entered. */
    private final WorkingCalendar before = OfficialCalendars.shipped();
    /** The same with 2027 entered: New Year's Day, Friday 2027-01-01, and the weekend after it off. */
    private final WorkingCalendar after = withYear(before, 2027, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
            LocalDate.of(2027, 1, 3));

    private static WorkingCalendar withYear(WorkingCalendar cal, int year, LocalDate... holidays) {
        Set<Integer> years = new HashSet<>(cal.loadedYears());
        years.add(year);
        Map<LocalDate, DayKind> days = new HashMap<>();
        cal.loadedYears().forEach(y -> days.putAll(cal.exceptionsOf(y)));
        for (LocalDate d : holidays) {
            days.put(d, DayKind.HOLIDAY);
        }
        return WorkingCalendar.of(years, days);
    }

    /** A case notified on {@code notifiedOn} with the town's 5 working days, on the calendar before 2027. */
    private PenaltyCase notified(LocalDate notifiedOn) {
        PenaltyCase c = PenaltyCase.file(new FileCase(ProcedureKind.ORDINARY, "占道经营案", PartyType.NATURAL_PERSON,
                "张三", null, null, null, null, "占道经营", "《城市市容和环境卫生管理条例》第三十六条", null, false,
                notifiedOn.minusDays(20), false, false, false, false, false, List.of()), "海三星罚立字〔2026〕第9号",
                BUREAU);
        c.investigate(notifiedOn.minusDays(19), IN_2027);
        c.propose(EnumSet.of(PenaltyKind.FINE), FINE, null);
        c.notifyParty(notifiedOn, before.dueDate(window(), notifiedOn), false, IN_2027);
        return c;
    }

    private static org.fazhi.deadline.StatutoryPeriod window() {
        return PenaltyPeriods.statementWindow(false, EnforcementSettings.DEFAULT_STATEMENT_DAYS);
    }

    /** The case decided the day before {@code servedOn} and served on it, on the calendar before 2027. */
    private PenaltyCase served(LocalDate servedOn) {
        PenaltyCase c = notified(servedOn.minusDays(14));
        c.waiveStatement(servedOn.minusDays(13), "当事人书面放弃陈述申辩", IN_2027);
        c.submitForReview(servedOn.minusDays(13), IN_2027);
        c.review(true, "reviewer", "同意", "同意（法律顾问）", servedOn.minusDays(12), IN_2027);
        c.decide(Outcome.PENALTY, EnumSet.of(PenaltyKind.FINE), FINE, null, "海三星罚决字〔2026〕第9号",
                servedOn.minusDays(1), IN_2027);
        c.serve(servedOn, "直接送达", CaseDates.paymentDue(before, servedOn),
                PenaltyPeriods.remediesLapse(before, servedOn), IN_2027);
        return c;
    }

    private CaseDates follow(PenaltyCase c) {
        CaseDates dates = CaseDates.of(c, after, window());
        c.followCalendar(dates, "工作日历 2027 年录入");
        return dates;
    }

    @Test
    void the_payment_due_date_follows_new_years_day_entered_as_a_holiday_and_the_late_fee_runs_from_the_new_date() {
        // given a decision served on Thursday 2026-12-17: 15 days end on Friday 2027-01-01, a working day while 2027
        // is not loaded
        PenaltyCase c = served(LocalDate.of(2026, 12, 17));
        assertThat(c.getPayment().getDueOn()).isEqualTo(LocalDate.of(2027, 1, 1));

        // when 2027 is entered with 01-01 to 01-03 off
        boolean moved = c.followCalendar(CaseDates.of(c, after, window()), "工作日历 2027 年录入");

        // then the last day rolls to Monday 2027-01-04 (民法典第203条), and a payment on 01-05 is one day late:
        // 3 % of 1,000 yuan = 30 yuan, not the 120 yuan four days from the old date would give
        assertThat(moved).isTrue();
        assertThat(c.getPayment().getDueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(LateFee.of(FINE, c.getPayment().getDueOn(), LocalDate.of(2027, 1, 5), c.getRemedies()
                .pendingPeriods())).isEqualByComparingTo("30.00");
        assertThat(c.followCalendar(CaseDates.of(c, after, window()), "unchanged")).isFalse();
    }

    @Test
    void the_statement_window_follows_the_entered_year_and_no_decision_comes_before_its_new_end() {
        // given the notice served on Monday 2026-12-28: 5 working days are 12-29, 12-30, 12-31, 01-01 and 01-04 while
        // 2027 is not loaded, so the window ends on 2027-01-04
        PenaltyCase c = notified(LocalDate.of(2026, 12, 28));
        assertThat(c.getNotice().getWindowEndsOn()).isEqualTo(LocalDate.of(2027, 1, 4));

        // when 2027 is entered: 01-01 is off, so the 5th working day is Tuesday 2027-01-05
        follow(c);

        // then the window ends on 01-05, and the case goes to review on the 06th at the earliest
        assertThat(c.getNotice().getWindowEndsOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThatThrownBy(() -> c.submitForReview(LocalDate.of(2027, 1, 5), IN_2027))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("enforcement.missing.window")));
        c.submitForReview(LocalDate.of(2027, 1, 6), IN_2027);
        assertThat(c.getState()).isEqualTo(CaseState.LEGAL_REVIEW);
    }

    @Test
    void the_reminder_and_the_lapse_of_the_remedies_follow_the_entered_year() {
        // given a decision served on Wednesday 2026-07-01: both remedy periods have lapsed at the end of the 6 months,
        // Friday 2027-01-01; and a reminder on Thursday 2026-12-24: 10 working days end on 2027-01-07
        PenaltyCase c = served(LocalDate.of(2026, 7, 1));
        assertThat(c.getRemedies().getLapsesOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        LocalDate remindedOn = LocalDate.of(2026, 12, 24);
        c.remind(remindedOn, CaseDates.reminderEnds(before, remindedOn), IN_2027);
        assertThat(c.getExecution().getReminderEndsOn()).isEqualTo(LocalDate.of(2027, 1, 7));

        // when 2027 is entered with 01-01 to 01-03 off
        CaseDates dates = follow(c);

        // then the remedies lapse on Monday 2027-01-04, the court may be asked until 2027-04-05 (3 months end on
        // Sunday 04-04), and the reminder's 10 working days end on 2027-01-08
        assertThat(c.getRemedies().getLapsesOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(after.dueDate(PenaltyPeriods.COURT_APPLICATION, dates.remediesLapseOn()))
                .isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(c.getExecution().getReminderEndsOn()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThatThrownBy(() -> c.applyToCourt(LocalDate.of(2027, 1, 8), null, IN_2027))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("enforcement.missing.reminderRunning")));
    }
}
