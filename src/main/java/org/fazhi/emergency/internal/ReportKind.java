package org.fazhi.emergency.internal;

/** 事件报告种类 — the first call, the written report and any follow-up report. {@link #label()} is the name pages, ledgers and statistics use. */
public enum ReportKind {
    FIRST("首报"),
    WRITTEN("书面报告"),
    FOLLOW_UP("续报");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
