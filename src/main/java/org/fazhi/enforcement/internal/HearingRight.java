package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.shared.LegalBasis;
import org.springframework.context.MessageSourceResolvable;

/**
 * 听证权利 — whether the party may ask for a hearing (《行政处罚法》第63条第1款), and on which grounds, for the penalty
 * proposed: a heavy kind (lowering a qualification, revoking a licence, suspension or closure, restricting business or
 * practice, other heavy penalties — items 3 to 5), a fine at or above the province's large amount (item 1), or the
 * confiscation of illegal gains of a large amount or of illegal property of a large value (item 2). "At or above":
 * a figure of "以上" includes itself (民法典第1259条). The gains and the property confiscated are weighed together
 * against the province's figure, as the market-regulation hearing rules count them (the total value confiscated): a
 * total that reaches it opens the right, which also covers every reading that weighs each on its own, so that no
 * party is denied a hearing the province's rule gives. The figures are the town's settings
 * ({@link EnforcementSettings}). The summary procedure has no hearing (第51条 admits only a warning and small fines).
 *
 * <p>The notice (告知) records the answer it gave the party ({@link PartyNotice#isHearingApplicable()}); from then on
 * that is the right the case follows — the hearing-request window, legal review (第58条) and collective discussion
 * ({@link DecisionChecks#collectiveDiscussionRequired}).
 *
 * @param applies  whether the party may ask for a hearing
 * @param notified whether this is the answer given in the notice ({@code false}: computed from the proposal as it
 *                 stands)
 * @param grounds  the grounds found, or what could not be weighed (a confiscation without its amount), as messages
 */
public record HearingRight(boolean applies, boolean notified, List<MessageSourceResolvable> grounds) {

    /** 《行政处罚法》第63条: the cases in which the party may ask for a hearing. */
    public static final LegalBasis BASIS = LegalBasis.of("行政处罚法", 63);

    /** 第63条第1款第3–5项: the kinds that always open the hearing right, whatever the amount. */
    static final Set<PenaltyKind> HEAVY_KINDS = EnumSet.of(PenaltyKind.LOWERING_OF_QUALIFICATION,
            PenaltyKind.REVOCATION_OF_LICENCE, PenaltyKind.RESTRICTION_OF_BUSINESS, PenaltyKind.ORDER_TO_SUSPEND,
            PenaltyKind.ORDER_TO_CLOSE, PenaltyKind.RESTRICTION_OF_PRACTICE, PenaltyKind.OTHER);

    /**
     * The hearing right of the case: as given in the notice once the party was notified, otherwise as the proposal
     * stands with the town's figures today. The grounds are always those of the proposal.
     */
    static HearingRight of(PenaltyCase c, EnforcementSettings s) {
        HearingRight proposed = ofProposal(c, s);
        if (c.getNotice().getNotifiedOn() != null) {
            return new HearingRight(c.getNotice().isHearingApplicable(), true, proposed.grounds());
        }
        return proposed;
    }

    /** Whether the proposed penalty opens the hearing right, with the town's figures {@code s}. */
    static boolean applies(PenaltyCase c, EnforcementSettings s) {
        return ofProposal(c, s).applies();
    }

    private static HearingRight ofProposal(PenaltyCase c, EnforcementSettings s) {
        List<MessageSourceResolvable> grounds = new ArrayList<>();
        if (c.getProcedure() == ProcedureKind.SUMMARY) {
            return new HearingRight(false, false, grounds);
        }
        Penalty p = c.getProposal();
        boolean applies = false;
        for (PenaltyKind k : p.getKinds()) {
            if (HEAVY_KINDS.contains(k)) {
                grounds.add(CaseProcedure.msg("enforcement.hearingRight.kind", k.label()));
                applies = true;
            }
        }
        boolean org = c.isOrganisation();
        applies |= large(p.getFine(), org ? s.getHearingFineOrg() : s.getHearingFinePerson(),
                "enforcement.hearingRight.fine", grounds);
        applies |= large(confiscated(p, grounds),
                org ? s.getHearingConfiscationOrg() : s.getHearingConfiscationPerson(),
                "enforcement.hearingRight.confiscation", grounds);
        return new HearingRight(applies, false, grounds);
    }

    /**
     * The total value confiscated (gains and property), or null when nothing is. A confiscation proposed without its
     * amount (recorded before amounts were kept) cannot be weighed: the grounds say so.
     */
    private static BigDecimal confiscated(Penalty p, List<MessageSourceResolvable> grounds) {
        BigDecimal total = null;
        for (PenaltyKind kind : List.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS,
                PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY)) {
            if (!p.getKinds().contains(kind)) {
                continue;
            }
            BigDecimal amount = kind == PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS ? p.getGains() : p.getPropertyValue();
            if (amount == null) {
                grounds.add(CaseProcedure.msg("enforcement.hearingRight.unknown", kind.label()));
            } else {
                total = total == null ? amount : total.add(amount);
            }
        }
        return total;
    }

    private static boolean large(BigDecimal amount, BigDecimal threshold, String code,
                                 List<MessageSourceResolvable> grounds) {
        if (amount == null || threshold == null || amount.compareTo(threshold) < 0) {
            return false;
        }
        grounds.add(CaseProcedure.msg(code, amount.stripTrailingZeros().toPlainString(),
                threshold.stripTrailingZeros().toPlainString()));
        return true;
    }
}
