package org.fazhi.enforcement.internal;

/**
 * What the reconsideration body decided or the court judged about the penalty decision (复议决定、判决结果). A decision
 * changed or revoked (confirmed unlawful or void included) no longer stands as the town made it: every clock of the
 * case ends and its publication is withdrawn (《行政处罚法》第48条).
 */
public enum RemedyResult {
    /** 维持（复议维持、判决驳回诉讼请求） */
    UPHELD,
    /** 变更 */
    CHANGED,
    /** 撤销（或确认违法、无效） */
    REVOKED;

    /** Whether the decision as the town made it no longer stands. */
    public boolean overturns() {
        return this != UPHELD;
    }
}
