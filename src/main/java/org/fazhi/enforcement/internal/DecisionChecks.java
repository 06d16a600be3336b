package org.fazhi.enforcement.internal;

/**
 * 法制审核、集体讨论 — which of the two checks before a decision a case needs under 《行政处罚法》: legal review (第58条)
 * and the heads' collective discussion (第57条第2款). {@link CaseProcedure} refuses the discussion and the decision
 * until the checks required are done; the aggregate sends a reviewed case on to discussion only when it is required.
 */
final class DecisionChecks {

    private DecisionChecks() {
    }

    /** Legal review before the decision: art. 58 cases always; every ordinary case when the town says so. */
    static boolean reviewRequired(PenaltyCase c, boolean reviewAllOrdinary) {
        return c.getProcedure() == ProcedureKind.ORDINARY && (reviewAllOrdinary || c.isMajor());
    }

    /**
     * 《行政处罚法》第57条第2款: the heads discuss collectively before deciding a case whose circumstances are complex or
     * a major violation — which follows from the case itself, not only from the box ticked at filing: a complex case,
     * one of major public interest, or one whose proposed penalty is of the heavy kinds or amounts of art. 63 (the
     * party was told of the right to a hearing).
     */
    static boolean collectiveDiscussionRequired(PenaltyCase c) {
        Gravity gravity = c.getGravity();
        return gravity.isCollective() || gravity.isComplexCase() || gravity.isMajorPublicInterest()
                || c.getNotice().isHearingApplicable();
    }
}
