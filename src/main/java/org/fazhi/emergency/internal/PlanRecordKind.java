package org.fazhi.emergency.internal;

/** 预案评估与修订 — a periodic evaluation, or a revision (after an evaluation or an incident's lessons). {@link #label()} is the name pages, ledgers and statistics use. */
public enum PlanRecordKind {
    EVALUATION("评估"),
    REVISION("修订");

    private final String label;

    PlanRecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
