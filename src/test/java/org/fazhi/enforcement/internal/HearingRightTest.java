package org.fazhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * 《行政处罚法》第63条第1款第2项: confiscating illegal gains of a large amount or illegal property of a large value gives
 * the party the right to a hearing, as a large fine does; the large amounts are the province's, kept as town settings
 * (defaults 10,000 yuan for a citizen, 100,000 for an organisation). The notice records the right, and the case then
 * goes to the heads' collective discussion (第57条第2款).
 */
class HearingRightTest {

    private static final OrgUnitView BUREAU = new OrgUnitView(3, "综合行政执法局", OrgUnitType.DEPARTMENT, 2L, 2L, null,
            null, false, 1);
    private static final OrgUnitView TOWN = new OrgUnitView(2, "三星镇", OrgUnitType.TOWN, 1L, 2L, null, null, false, 1);
    private static final CaseProcedure.Context ALL_SIGNED = new CaseProcedure.Context(LocalDate.of(2026, 11, 27), true,
            s -> true);
    private final WorkingCalendar cal = OfficialCalendars.shipped();
    private final EnforcementSettings defaults = EnforcementSettings.defaults(TOWN);

    private static PenaltyCase investigated(ProcedureKind procedure, PartyType party) {
        PenaltyCase c = PenaltyCase.file(new FileCase(procedure, "无照经营案", party, "张三", null, null, null, null,
                "销售假冒商品", "《产品质量法》第五十条", null, false, LocalDate.of(2024, 9, 2), false, false, false, false,
                false, List.of()), "海三星罚立字〔2024〕第1号", BUREAU);
        if (procedure == ProcedureKind.ORDINARY) {
            c.investigate(LocalDate.of(2024, 9, 3), ALL_SIGNED);
        }
        return c;
    }

    private static PenaltyCase proposing(PartyType party, Set<PenaltyKind> kinds, String gains, String property) {
        PenaltyCase c = investigated(ProcedureKind.ORDINARY, party);
        c.propose(kinds, null, Confiscation.of(gains == null ? null : new BigDecimal(gains),
                property == null ? null : new BigDecimal(property)), null);
        return c;
    }

    @Test
    void confiscating_illegal_gains_of_the_provinces_large_amount_opens_the_hearing_right_as_a_large_fine_does() {
        PenaltyCase atThreshold = proposing(PartyType.NATURAL_PERSON,
                EnumSet.of(PenaltyKind.WARNING, PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS), "10000", null);
        PenaltyCase below = proposing(PartyType.NATURAL_PERSON,
                EnumSet.of(PenaltyKind.WARNING, PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS), "9999.99", null);

        // "10,000 yuan or more" (以上) includes 10,000 itself
        assertThat(HearingRight.applies(atThreshold, defaults)).isTrue();
        assertThat(HearingRight.applies(below, defaults)).isFalse();
        assertThat(HearingRight.of(atThreshold, defaults).grounds()).singleElement()
                .satisfies(g -> assertThat(g.getCodes()).contains("enforcement.hearingRight.confiscation"));
    }

    @Test
    void illegal_property_of_a_large_value_opens_it_too_weighed_together_with_the_gains() {
        PenaltyCase property = proposing(PartyType.NATURAL_PERSON,
                EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY), null, "12000");
        PenaltyCase together = proposing(PartyType.NATURAL_PERSON, EnumSet.of(
                PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS, PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY), "6000", "4000");

        assertThat(HearingRight.applies(property, defaults)).isTrue();
        assertThat(HearingRight.applies(together, defaults)).isTrue();
    }

    @Test
    void an_organisation_is_weighed_against_the_organisations_large_amount() {
        PenaltyCase small = proposing(PartyType.ORGANISATION,
                EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS), "99999", null);
        PenaltyCase large = proposing(PartyType.ORGANISATION,
                EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS), "100000", null);

        assertThat(HearingRight.applies(small, defaults)).isFalse();
        assertThat(HearingRight.applies(large, defaults)).isTrue();
    }

    @Test
    void the_towns_own_figure_entered_for_its_province_decides() {
        EnforcementSettings province = EnforcementSettings.defaults(TOWN);
        province.updateHearingConfiscation(new BigDecimal("5000"), new BigDecimal("50000"));
        PenaltyCase c = proposing(PartyType.NATURAL_PERSON, EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS),
                "6000", null);

        assertThat(HearingRight.applies(c, defaults)).isFalse();
        assertThat(HearingRight.applies(c, province)).isTrue();
        assertThatThrownBy(() -> province.updateHearingConfiscation(BigDecimal.ZERO, new BigDecimal("50000")))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_confiscation_needs_its_amount_so_that_the_right_can_be_weighed() {
        PenaltyCase c = investigated(ProcedureKind.ORDINARY, PartyType.NATURAL_PERSON);

        assertThatThrownBy(() -> c.propose(EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS), null,
                Confiscation.NONE, null)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.problems()).extracting(RuleViolation.FieldProblem::field).containsExactly("gains"));
        assertThat(c.getProposal().getKinds()).isEmpty();
    }

    @Test
    void the_notice_records_the_right_and_the_case_then_goes_to_collective_discussion() {
        PenaltyCase c = proposing(PartyType.NATURAL_PERSON, EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS),
                "20000", null);
        LocalDate on = LocalDate.of(2024, 9, 27);

        c.notifyParty(on, PenaltyPeriods.hearingRequestEnds(cal, on), HearingRight.applies(c, defaults), ALL_SIGNED);

        assertThat(c.getNotice().isHearingApplicable()).isTrue();
        // 9/29 (adjusted Sunday), 9/30, then 10/8, 10/9, 10/10 after the national day holiday
        assertThat(c.getNotice().getWindowEndsOn()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(DecisionChecks.collectiveDiscussionRequired(c)).isTrue();
        assertThat(HearingRight.of(c, defaults).notified()).isTrue();
        assertThat(Penalty.describe(c.getProposal().getKinds(), null, c.getProposal().getConfiscation()))
                .isEqualTo("没收违法所得人民币20000元");
    }

    @Test
    void the_summary_procedure_has_no_hearing() {
        PenaltyCase c = investigated(ProcedureKind.SUMMARY, PartyType.NATURAL_PERSON);
        c.propose(EnumSet.of(PenaltyKind.WARNING), null, null);

        assertThat(HearingRight.applies(c, defaults)).isFalse();
    }

    @Test
    void the_decision_confiscates_no_more_than_was_notified() {
        PenaltyCase c = proposing(PartyType.NATURAL_PERSON, EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS),
                "8000", null);
        LocalDate on = LocalDate.of(2024, 9, 27);
        c.notifyParty(on, PenaltyPeriods.hearingRequestEnds(cal, on), HearingRight.applies(c, defaults), ALL_SIGNED);
        c.waiveStatement(LocalDate.of(2024, 9, 30), "当事人书面放弃陈述申辩", ALL_SIGNED);
        c.submitForReview(LocalDate.of(2024, 9, 30), ALL_SIGNED);
        c.review(true, "reviewer", "同意", "同意（法律顾问）", LocalDate.of(2024, 9, 30), ALL_SIGNED);

        assertThatThrownBy(() -> c.decide(Outcome.PENALTY, EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS),
                null, Confiscation.of(new BigDecimal("8000.01"), null), null, "号", LocalDate.of(2024, 9, 30),
                ALL_SIGNED)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("enforcement.decision.heavier"));
        c.decide(Outcome.PENALTY, EnumSet.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS), null,
                Confiscation.of(new BigDecimal("8000"), null), null, "号", LocalDate.of(2024, 9, 30), ALL_SIGNED);
        assertThat(c.getDecision().getPenalty().getGains()).isEqualByComparingTo("8000");
    }
}
