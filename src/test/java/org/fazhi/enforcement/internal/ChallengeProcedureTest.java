package org.fazhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The party's challenge as steps of the case (《行政强制法》第53条, 《行政诉讼法》第45条、第46条、第95条, 《行政处罚法》
 * 第73条), on the shipped calendars without a database.
 */
class ChallengeProcedureTest {

    private static final OrgUnitView BUREAU = new OrgUnitView(3, "综合行政执法局", OrgUnitType.DEPARTMENT, 2L, 2L, null,
            null, false, 1);
    private static final CaseProcedure.Context CTX = new CaseProcedure.Context(LocalDate.of(2026, 11, 27), true,
            s -> true);
    private static final BigDecimal FINE = new BigDecimal("1000");
    private final WorkingCalendar cal = OfficialCalendars.shipped();

    /** Decided on 2025-07-31, served on Friday 2025-08-01: the fine is due on Monday 2025-08-18. */
    private PenaltyCase served() {
        PenaltyCase c = PenaltyCase.file(new FileCase(ProcedureKind.ORDINARY, "占道经营案", PartyType.NATURAL_PERSON,
                "张三", null, null, null, null, "占道经营", "《城市市容和环境卫生管理条例》第三十六条", null, false,
                LocalDate.of(2025, 7, 1), false, false, false, false, false, List.of()), "海三星罚立字〔2025〕第9号",
                BUREAU);
        c.investigate(LocalDate.of(2025, 7, 2), CTX);
        c.propose(EnumSet.of(PenaltyKind.FINE), FINE, null);
        c.notifyParty(LocalDate.of(2025, 7, 3), LocalDate.of(2025, 7, 10), false, CTX);
        c.waiveStatement(LocalDate.of(2025, 7, 4), "当事人书面放弃陈述申辩", CTX);
        c.submitForReview(LocalDate.of(2025, 7, 4), CTX);
        c.review(true, "reviewer", "同意", "同意（法律顾问）", LocalDate.of(2025, 7, 7), CTX);
        c.decide(Outcome.PENALTY, EnumSet.of(PenaltyKind.FINE), FINE, null, "海三星罚决字〔2025〕第9号",
                LocalDate.of(2025, 7, 31), CTX);
        LocalDate served = LocalDate.of(2025, 8, 1);
        c.serve(served, "直接送达", CaseDates.paymentDue(cal, served), PenaltyPeriods.remediesLapse(cal, served), CTX);
        return c;
    }

    private static List<String> missingOf(RuleViolation e) {
        return e.problems().stream().map(RuleViolation.FieldProblem::messageKey).toList();
    }

    @Test
    void after_a_reconsideration_decision_upholding_the_penalty_the_remedies_lapse_at_the_end_of_the_15_days_to_sue_it() {
        PenaltyCase c = served();
        assertThat(c.getPayment().getDueOn()).isEqualTo(LocalDate.of(2025, 8, 18));
        c.challenge(RemedyKind.RECONSIDERATION, LocalDate.of(2025, 8, 20), null, CTX);
        assertThatThrownBy(() -> c.applyToCourt(LocalDate.of(2025, 9, 10), null, CTX))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.reconsiderationPending"));

        // received on Wednesday 2025-09-17: 15 days end on 10-02, a National Day holiday, so on 2025-10-09
        LocalDate received = LocalDate.of(2025, 9, 17);
        c.remedyOutcome(RemedyResult.UPHELD, received,
                PenaltyPeriods.remediesLapseAfterReconsideration(cal, received), null, CTX);
        assertThat(c.getRemedies().getLapsesOn()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(CaseDates.of(c, cal, null).remediesLapseOn()).isEqualTo(LocalDate.of(2025, 10, 9));

        // a reminder on 2025-09-18 runs 10 working days to 2025-10-09 (Sunday 09-28 an adjusted working day)
        LocalDate remindedOn = LocalDate.of(2025, 9, 18);
        c.remind(remindedOn, CaseDates.reminderEnds(cal, remindedOn), CTX);
        assertThat(c.getExecution().getReminderEndsOn()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThatThrownBy(() -> c.applyToCourt(LocalDate.of(2025, 10, 9), null, CTX))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(missingOf(e))
                        .contains("enforcement.missing.remediesRunning", "enforcement.missing.reminderRunning"));
        c.applyToCourt(LocalDate.of(2025, 10, 10), "申请海门区人民法院强制执行", CTX);
        assertThat(c.getState()).isEqualTo(CaseState.EXECUTED);
    }

    @Test
    void the_late_fee_does_not_run_while_the_reconsideration_and_then_the_suit_are_pending() {
        // due 2025-08-18; reconsideration from 08-20, its decision received 09-17; suit from 09-25, judged 11-20
        PenaltyCase c = served();
        c.challenge(RemedyKind.RECONSIDERATION, LocalDate.of(2025, 8, 20), null, CTX);
        c.remedyOutcome(RemedyResult.UPHELD, LocalDate.of(2025, 9, 17), LocalDate.of(2025, 10, 9), null, CTX);
        c.challenge(RemedyKind.SUIT, LocalDate.of(2025, 9, 25), null, CTX);
        assertThat(c.getRemedies().getLapsesOn()).isNull();
        c.remedyOutcome(RemedyResult.UPHELD, LocalDate.of(2025, 11, 20), null, null, CTX);

        // paid on 2025-11-21: the fee runs on 08-19, 09-18 to 09-24 and 11-21 — 9 days, 270 yuan
        assertThat(LateFee.of(FINE, c.getPayment().getDueOn(), LocalDate.of(2025, 11, 21),
                c.getRemedies().pendingPeriods())).isEqualByComparingTo("270.00");
    }

    @Test
    void a_second_reconsideration_or_anything_after_a_suit_is_refused_naming_why() {
        PenaltyCase c = served();
        assertThatThrownBy(() -> c.challenge(null, LocalDate.of(2025, 8, 20), null, CTX))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("remedy"));
        c.challenge(RemedyKind.RECONSIDERATION, LocalDate.of(2025, 8, 20), null, CTX);
        c.remedyOutcome(RemedyResult.UPHELD, LocalDate.of(2025, 9, 17), LocalDate.of(2025, 10, 9), null, CTX);

        assertThatThrownBy(() -> c.challenge(RemedyKind.RECONSIDERATION, LocalDate.of(2025, 9, 20), null, CTX))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.remedy.reconsideredAlready"));
        assertThatThrownBy(() -> c.remedyOutcome(RemedyResult.UPHELD, LocalDate.of(2025, 9, 20), null, null, CTX))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.noRemedy"));
        c.challenge(RemedyKind.SUIT, LocalDate.of(2025, 9, 25), null, CTX);
        assertThatThrownBy(() -> c.applyToCourt(LocalDate.of(2025, 12, 1), null, CTX))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.suitPending"));
    }

    @Test
    void a_judgment_changing_the_decision_records_it_as_changed_and_every_clock_ends() {
        PenaltyCase c = served();
        c.challenge(RemedyKind.SUIT, LocalDate.of(2025, 9, 1), null, CTX);

        c.remedyOutcome(RemedyResult.CHANGED, LocalDate.of(2025, 12, 10), null, " ", CTX);

        assertThat(c.getRevocation().getRevokedOn()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(c.getRevocation().getReason()).isEqualTo("人民法院判决变更该行政处罚决定");
        assertThat(StepClocks.of(Step.REMEDY_OUTCOME)).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(ClockAction.Kind.STOP_ALL);
            assertThat(a.when().test(new ClockAction.Facts(c, LocalDate.of(2025, 12, 10),
                    CaseService.StepInput.on(LocalDate.of(2025, 12, 10)), null, cal))).isTrue();
        });
        assertThatThrownBy(() -> c.pay(LocalDate.of(2025, 12, 11), FINE, BigDecimal.ZERO, CTX))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(missingOf(e)).contains("enforcement.missing.revoked"));
    }
}
