package org.fazhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The state machine of a penalty case refuses every step the law does not allow yet, naming what is missing. */
class CaseProcedureTest {

    private static final OrgUnitView BUREAU = new OrgUnitView(3, "综合行政执法局", OrgUnitType.DEPARTMENT, 2L, 2L, null,
            null, false, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final WorkingCalendar cal = OfficialCalendars.shipped();

    private static CaseProcedure.Context ctx(boolean reviewAll, Predicate<ApprovalStage> approvals) {
        return new CaseProcedure.Context(TODAY, reviewAll, approvals);
    }

    private static final CaseProcedure.Context ALL_SIGNED = ctx(true, s -> true);

    private static PenaltyCase newCase(ProcedureKind procedure, PartyType party, boolean collective) {
        return PenaltyCase.file(new FileCase(procedure, "占道经营案", party, "张三", null, null, null, null,
                "占道经营", "《城市市容和环境卫生管理条例》第三十六条", null, false, LocalDate.of(2024, 9, 2), false, false,
                false, false, collective, List.of()), "海三星罚立字〔2024〕第1号", BUREAU);
    }

    /** A case notified on 2024-09-27: its statement / hearing-request window closes on 2024-10-10. */
    private PenaltyCase notified(boolean collective, BigDecimal fine) {
        PenaltyCase c = newCase(ProcedureKind.ORDINARY, PartyType.NATURAL_PERSON, collective);
        c.investigate(LocalDate.of(2024, 9, 3), ALL_SIGNED);
        c.propose(EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE), fine, null);
        LocalDate on = LocalDate.of(2024, 9, 27);
        c.notifyParty(on, PenaltyPeriods.hearingRequestEnds(cal, on), fine.compareTo(new BigDecimal("10000")) >= 0,
                ALL_SIGNED);
        return c;
    }

    private static void decide(PenaltyCase c, LocalDate on, CaseProcedure.Context ctx) {
        c.decide(Outcome.PENALTY, EnumSet.of(PenaltyKind.FINE), new BigDecimal("2000"), null, "海三星罚决字〔2024〕第1号",
                on, ctx);
    }

    private static List<String> missingOf(RuleViolation e) {
        return e.problems().stream().map(RuleViolation.FieldProblem::messageKey).toList();
    }

    @Test
    void a_decision_is_refused_while_the_statement_window_is_open_and_the_message_names_its_end() {
        PenaltyCase c = notified(false, new BigDecimal("2000"));

        assertThatThrownBy(() -> decide(c, LocalDate.of(2024, 10, 10), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("enforcement.step.refused");
                    assertThat(missingOf(e)).contains("enforcement.missing.window", "enforcement.missing.review");
                });
        assertThat(c.getState()).isEqualTo(CaseState.NOTIFIED);
    }

    @Test
    void the_notice_can_never_be_skipped() {
        PenaltyCase c = newCase(ProcedureKind.ORDINARY, PartyType.NATURAL_PERSON, false);
        c.investigate(LocalDate.of(2024, 9, 3), ALL_SIGNED);

        assertThatThrownBy(() -> decide(c, LocalDate.of(2024, 12, 2), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.state"));
        assertThatThrownBy(() -> c.submitForReview(LocalDate.of(2024, 12, 2), ALL_SIGNED))
                .isInstanceOf(RuleViolation.class);
        assertThat(c.getState()).isEqualTo(CaseState.INVESTIGATING);
    }

    @Test
    void a_recorded_waiver_allows_the_decision_before_the_window_closes_once_reviewed() {
        PenaltyCase c = notified(false, new BigDecimal("2000"));
        c.waiveStatement(LocalDate.of(2024, 9, 30), "当事人书面放弃陈述申辩", ALL_SIGNED);
        c.submitForReview(LocalDate.of(2024, 9, 30), ALL_SIGNED);
        c.review(true, "reviewer", "同意", "同意（法律顾问）", LocalDate.of(2024, 9, 30), ALL_SIGNED);

        decide(c, LocalDate.of(2024, 9, 30), ALL_SIGNED);

        assertThat(c.getState()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void without_the_town_setting_an_ordinary_case_outside_article_58_needs_no_review() {
        PenaltyCase c = notified(false, new BigDecimal("2000"));

        decide(c, LocalDate.of(2024, 10, 11), ctx(false, s -> true));

        assertThat(c.getState()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void the_decision_waits_for_the_towns_decision_approval_chain() {
        PenaltyCase c = notified(false, new BigDecimal("2000"));

        assertThatThrownBy(() -> decide(c, LocalDate.of(2024, 10, 11), ctx(false, s -> s != ApprovalStage.DECISION)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.approval"));
    }

    @Test
    void investigation_waits_for_the_filing_approval() {
        PenaltyCase c = newCase(ProcedureKind.ORDINARY, PartyType.NATURAL_PERSON, false);

        assertThatThrownBy(() -> c.investigate(LocalDate.of(2024, 9, 3), ctx(true, s -> false)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.approval"));
        assertThat(c.getState()).isEqualTo(CaseState.FILED);
    }

    @Test
    void a_hearing_request_after_the_5_working_days_is_refused() {
        PenaltyCase c = notified(false, new BigDecimal("50000"));

        assertThatThrownBy(() -> c.requestHearing(LocalDate.of(2024, 10, 11), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.hearingRequestLate"));
        c.requestHearing(LocalDate.of(2024, 10, 10), ALL_SIGNED);
        assertThat(c.getState()).isEqualTo(CaseState.HEARING);
    }

    @Test
    void a_hearing_is_not_available_for_a_small_fine() {
        PenaltyCase c = notified(false, new BigDecimal("2000"));

        assertThatThrownBy(() -> c.requestHearing(LocalDate.of(2024, 9, 30), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.hearingNotApplicable"));
    }

    @Test
    void a_hearing_needs_its_notice_7_working_days_ahead_and_no_decision_comes_before_it() {
        PenaltyCase c = notified(false, new BigDecimal("50000"));
        c.requestHearing(LocalDate.of(2024, 9, 30), ALL_SIGNED);
        LocalDate noticeOn = LocalDate.of(2024, 10, 8);
        LocalDate earliest = PenaltyPeriods.earliestHearing(cal, noticeOn);
        assertThat(earliest).isEqualTo(LocalDate.of(2024, 10, 16));

        assertThatThrownBy(() -> c.holdHearing(earliest, earliest, false, ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.hearingNotice"));
        assertThatThrownBy(() -> c.scheduleHearing(noticeOn, LocalDate.of(2024, 10, 15), earliest, "镇政府会议室",
                ALL_SIGNED)).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("enforcement.hearing.scheduleTooSoon"));
        c.scheduleHearing(noticeOn, earliest, earliest, "镇政府会议室", ALL_SIGNED);
        c.notifyHearing(noticeOn, PenaltyPeriods.latestHearingNotice(cal, earliest), ALL_SIGNED);
        assertThatThrownBy(() -> decide(c, LocalDate.of(2024, 10, 14), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.hearingNotHeld"));
        c.holdHearing(earliest, earliest, false, ALL_SIGNED);

        assertThat(c.getHearing().getHeldOn()).isEqualTo(LocalDate.of(2024, 10, 16));
    }

    @Test
    void a_hearing_notice_served_later_than_7_working_days_before_the_hearing_is_refused() {
        PenaltyCase c = notified(false, new BigDecimal("50000"));
        c.requestHearing(LocalDate.of(2024, 9, 30), ALL_SIGNED);
        LocalDate hearing = LocalDate.of(2024, 10, 16);
        c.scheduleHearing(LocalDate.of(2024, 9, 30), hearing, PenaltyPeriods.earliestHearing(cal,
                LocalDate.of(2024, 9, 30)), "镇政府会议室", ALL_SIGNED);

        assertThatThrownBy(() -> c.notifyHearing(LocalDate.of(2024, 10, 9),
                PenaltyPeriods.latestHearingNotice(cal, hearing), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("enforcement.hearing.noticeLate"));
        assertThat(c.getHearing().getNoticeOn()).isNull();
    }

    @Test
    void a_complex_case_is_not_decided_before_the_heads_discuss_it() {
        PenaltyCase c = notified(true, new BigDecimal("2000"));
        c.submitForReview(LocalDate.of(2024, 10, 11), ALL_SIGNED);
        c.review(true, "reviewer", "同意", "同意（法律顾问）", LocalDate.of(2024, 10, 12), ALL_SIGNED);

        assertThatThrownBy(() -> decide(c, LocalDate.of(2024, 10, 14), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.discussion"));
        c.discuss(LocalDate.of(2024, 10, 14), "同意拟处罚意见", ALL_SIGNED);
        decide(c, LocalDate.of(2024, 10, 14), ALL_SIGNED);
        assertThat(c.getState()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void a_review_without_the_counsels_opinion_is_refused() {
        PenaltyCase c = notified(false, new BigDecimal("2000"));
        c.submitForReview(LocalDate.of(2024, 10, 11), ALL_SIGNED);

        assertThatThrownBy(() -> c.review(true, "reviewer", "同意", " ", LocalDate.of(2024, 10, 12), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.review.counsel"));
        assertThat(c.getReview().getPassed()).isNull();
    }

    @Test
    void a_reviewer_without_the_legal_qualification_who_first_reviews_after_2021_07_15_may_not_review() {
        LegalReviewer newcomer = new LegalReviewer("r2", false, LocalDate.of(2022, 1, 5), BUREAU);
        LegalReviewer veteran = new LegalReviewer("r3", false, LocalDate.of(2020, 3, 1), BUREAU);
        LegalReviewer qualified = new LegalReviewer("r4", true, null, BUREAU);

        assertThatThrownBy(() -> LegalReviewer.requireMayReview(newcomer, "新审核员"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.review.qualification"));
        assertThatThrownBy(() -> LegalReviewer.requireMayReview(null, "未登记"))
                .isInstanceOf(RuleViolation.class);
        LegalReviewer.requireMayReview(veteran, "老审核员");
        LegalReviewer.requireMayReview(qualified, "持证审核员");
    }

    @Test
    void the_decision_may_not_be_heavier_than_the_notice() {
        PenaltyCase c = notified(false, new BigDecimal("2000"));

        assertThatThrownBy(() -> c.decide(Outcome.PENALTY, EnumSet.of(PenaltyKind.FINE), new BigDecimal("3000"), null,
                "号", LocalDate.of(2024, 10, 11), ctx(false, s -> true)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.decision.heavier"));
        assertThat(c.getState()).isEqualTo(CaseState.NOTIFIED);
    }

    @Test
    void the_summary_procedure_is_refused_above_200_yuan_for_a_citizen() {
        PenaltyCase person = newCase(ProcedureKind.SUMMARY, PartyType.NATURAL_PERSON, false);
        person.propose(EnumSet.of(PenaltyKind.FINE), new BigDecimal("500"), null);
        PenaltyCase company = newCase(ProcedureKind.SUMMARY, PartyType.ORGANISATION, false);
        company.propose(EnumSet.of(PenaltyKind.FINE), new BigDecimal("500"), null);

        assertThatThrownBy(() -> person.notifyParty(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 2), false,
                ALL_SIGNED)).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.summaryThreshold"));
        company.notifyParty(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 2), false, ALL_SIGNED);
        assertThat(company.getState()).isEqualTo(CaseState.NOTIFIED);
    }

    @Test
    void the_summary_procedure_decides_on_the_spot_after_hearing_the_party() {
        PenaltyCase c = newCase(ProcedureKind.SUMMARY, PartyType.NATURAL_PERSON, false);
        c.propose(EnumSet.of(PenaltyKind.FINE), new BigDecimal("50"), null);
        c.notifyParty(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 9), false, ALL_SIGNED);
        c.recordStatement(LocalDate.of(2024, 9, 2), "当场陈述", ALL_SIGNED);

        c.decide(Outcome.PENALTY, EnumSet.of(PenaltyKind.FINE), new BigDecimal("50"), null, "号",
                LocalDate.of(2024, 9, 2), ALL_SIGNED);

        assertThat(c.getState()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void the_court_is_not_asked_before_the_reminder_period_and_the_remedy_periods_lapse() {
        PenaltyCase c = notified(false, new BigDecimal("2000"));
        decide(c, LocalDate.of(2024, 10, 11), ctx(false, s -> true));
        LocalDate served = LocalDate.of(2024, 10, 12);
        c.serve(served, "直接送达", cal.dueDate(PenaltyPeriods.PAYMENT, served),
                PenaltyPeriods.remediesLapse(cal, served), ALL_SIGNED);

        assertThatThrownBy(() -> c.applyToCourt(LocalDate.of(2025, 5, 6), null, ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.reminder"));
        assertThatThrownBy(() -> c.remind(LocalDate.of(2024, 10, 20), LocalDate.of(2024, 11, 3), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.paymentNotDue"));
        LocalDate remindOn = LocalDate.of(2024, 11, 4);
        c.remind(remindOn, cal.dueDate(PenaltyPeriods.REMINDER, remindOn), ALL_SIGNED);
        assertThatThrownBy(() -> c.applyToCourt(LocalDate.of(2025, 1, 6), null, ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.remediesRunning"));
        c.applyToCourt(LocalDate.of(2025, 5, 6), "申请海门区人民法院强制执行", ALL_SIGNED);
        assertThat(c.getState()).isEqualTo(CaseState.EXECUTED);
    }

    @Test
    void a_step_dated_before_the_previous_one_is_refused() {
        PenaltyCase c = newCase(ProcedureKind.ORDINARY, PartyType.NATURAL_PERSON, false);

        assertThatThrownBy(() -> c.investigate(LocalDate.of(2024, 8, 30), ALL_SIGNED))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.dateOrder"));
    }

    @Test
    void every_clock_a_step_starts_is_ended_by_a_later_step_and_closing_or_revoking_ends_them_all() {
        for (CaseClock clock : CaseClock.values()) {
            List<ClockAction.Kind> kinds = EnumSet.allOf(Step.class).stream()
                    .flatMap(step -> StepClocks.of(step).stream())
                    .filter(a -> a.clock() == clock).map(ClockAction::kind).toList();
            assertThat(kinds).as(clock.code()).contains(ClockAction.Kind.START)
                    .containsAnyOf(ClockAction.Kind.MEET, ClockAction.Kind.STOP);
        }
        for (Step step : EnumSet.of(Step.CLOSE, Step.REVOKE)) {
            assertThat(StepClocks.of(step)).extracting(ClockAction::kind)
                    .containsExactly(ClockAction.Kind.STOP_ALL);
        }
    }

    @Test
    void the_decision_clock_starts_at_filing_of_the_ordinary_procedure_only() {
        PenaltyCase ordinary = newCase(ProcedureKind.ORDINARY, PartyType.NATURAL_PERSON, false);
        PenaltyCase summary = newCase(ProcedureKind.SUMMARY, PartyType.NATURAL_PERSON, false);
        List<ClockAction> filing = StepClocks.of(Step.FILE);

        assertThat(filing).singleElement().satisfies(a -> {
            assertThat(a.clock()).isEqualTo(CaseClock.DECISION);
            ClockAction.Facts facts = new ClockAction.Facts(ordinary, LocalDate.of(2024, 9, 2),
                    CaseService.StepInput.on(LocalDate.of(2024, 9, 2)), null, cal);
            assertThat(a.when().test(facts)).isTrue();
            assertThat(cal.dueDate(a.start().apply(facts).period(), a.start().apply(facts).trigger()))
                    .isEqualTo(LocalDate.of(2024, 12, 2));
            assertThat(a.when().test(new ClockAction.Facts(summary, LocalDate.of(2024, 9, 2),
                    CaseService.StepInput.on(LocalDate.of(2024, 9, 2)), null, cal))).isFalse();
        });
    }
}
