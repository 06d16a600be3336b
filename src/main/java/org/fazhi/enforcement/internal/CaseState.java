package org.fazhi.enforcement.internal;

/** 案件状态 — the states of a penalty case; which step may follow which state is {@link CaseProcedure}'s table. */
public enum CaseState {
    /** 立案 */
    FILED,
    /** 调查取证 */
    INVESTIGATING,
    /** 告知 */
    NOTIFIED,
    /** 听证 */
    HEARING,
    /** 法制审核 */
    LEGAL_REVIEW,
    /** 集体讨论 */
    COLLECTIVE_DISCUSSION,
    /** 决定 */
    DECIDED,
    /** 送达 */
    SERVED,
    /** 执行 */
    EXECUTED,
    /** 结案 */
    CLOSED
}
