package org.fazhi.disclosure.internal;

/**
 * 办理状态 — where an application stands. Only {@link #PROCESSING} has an answer due; in the three waiting states the
 * answer clock stands still (arts. 30, 32–34, 42).
 */
public enum ApplicationStatus {
    /** 办理中: the answer clock runs. */
    PROCESSING,
    /** 待补正: a supplement notice was sent; no answer is due until the supplement arrives (art. 30). */
    AWAITING_SUPPLEMENT,
    /** 征求意见中: a third party or another agency is being consulted; the time does not count (arts. 32–34). */
    CONSULTING,
    /** 待缴费: a fee notice was sent; the clock stands until payment (art. 42). */
    AWAITING_FEE,
    /** 已答复: decided, with an outcome of the national report. */
    DECIDED;

    /** Whether no answer is due while the agency waits for someone else. */
    public boolean waiting() {
        return this == AWAITING_SUPPLEMENT || this == CONSULTING || this == AWAITING_FEE;
    }
}
