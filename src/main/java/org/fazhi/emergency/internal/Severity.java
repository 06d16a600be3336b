package org.fazhi.emergency.internal;

/** 突发事件分级 — 特别重大, 重大, 较大, 一般 (《突发事件应对法》第3条). {@link #label()} is the name pages, ledgers and statistics use. */
public enum Severity {
    EXTRAORDINARY("特别重大"),
    MAJOR("重大"),
    LARGE("较大"),
    GENERAL("一般");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
