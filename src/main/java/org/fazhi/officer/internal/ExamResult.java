package org.fazhi.officer.internal;

/** 法律知识考试结果 — the result of the enforcement officers' legal exam. */
public enum ExamResult {
    /** 合格 */
    PASSED,
    /** 不合格 */
    FAILED,
    /** 未参加 */
    NOT_TAKEN
}
