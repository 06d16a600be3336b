package org.fazhi.enforcement.internal;

/**
 * 行政强制措施的种类 (《行政强制法》第9条) — those a town's enforcement may record on a case. Restricting a citizen's
 * personal freedom (第9条第1项) is not a town's power and is not listed.
 */
public enum CoerciveMeasureKind {
    /** 查封场所、设施或者财物 (第9条第2项) */
    SEAL_UP,
    /** 扣押财物 (第9条第3项) */
    SEIZE,
    /** 冻结存款、汇款 (第9条第4项) */
    FREEZE,
    /** 其他行政强制措施 (第9条第5项) */
    OTHER
}
