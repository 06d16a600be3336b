package org.fazhi.enforcement.internal;

/** 处理决定 — the outcomes of 《行政处罚法》第57条. */
public enum Outcome {
    /** 给予行政处罚 */
    PENALTY,
    /** 违法行为轻微，依法不予行政处罚 */
    NO_PENALTY_MINOR,
    /** 违法事实不能成立，不予行政处罚 */
    NO_PENALTY_UNPROVEN,
    /** 违法行为涉嫌犯罪，移送司法机关 */
    TRANSFER
}
