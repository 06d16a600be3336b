package org.fazhi.enforcement.internal;

/** 程序 — the procedure a case follows. */
public enum ProcedureKind {
    /** 简易程序 (《行政处罚法》第51条、第52条): on the spot, within the thresholds of art. 51 */
    SUMMARY,
    /** 普通程序 (第54条起) */
    ORDINARY
}
