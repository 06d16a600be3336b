package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * 行政复议、行政诉讼 of a penalty decision as another module records them (the town answering the case): the case's
 * own steps 当事人申请复议或起诉 and 复议决定或判决, so that the late fee stops while the challenge is pending, the
 * court-application clock of 《行政强制法》第53条 follows the outcome, and a decision changed or revoked stops every
 * clock of the case and withdraws its publication. Reads and writes follow the caller's scope.
 */
public interface PenaltyChallenges {

    /** What the challenge decided about the penalty decision. */
    enum Result {
        /** 维持 (the decision stands: upheld, claim dismissed, withdrawn) */
        UPHELD,
        /** 变更 (changed, partly revoked) */
        CHANGED,
        /** 撤销 (revoked, confirmed unlawful or void) */
        REVOKED
    }

    /**
     * The party applied for reconsideration ({@code reconsideration}) or sued on {@code on}. Refused
     * ({@link org.fazhi.shared.RuleViolation}) where the procedure does not allow it (a decision not yet served, a
     * suit already recorded); nothing is done when the case already has this challenge pending.
     *
     * @return whether the step was taken
     */
    boolean challenged(long caseId, boolean reconsideration, LocalDate on, String note);

    /**
     * The pending challenge was decided on {@code on}; nothing is done when no challenge is pending on the case.
     *
     * @return whether the step was taken
     */
    boolean decided(long caseId, Result result, LocalDate on, String note);
}
