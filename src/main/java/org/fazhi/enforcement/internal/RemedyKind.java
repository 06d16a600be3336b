package org.fazhi.enforcement.internal;

/** How the party challenged the decision (当事人的救济途径). */
public enum RemedyKind {
    /** 申请行政复议 (《行政复议法》第20条) */
    RECONSIDERATION,
    /** 提起行政诉讼 (《行政诉讼法》第45条、第46条) */
    SUIT
}
