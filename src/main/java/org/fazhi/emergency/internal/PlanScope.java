package org.fazhi.emergency.internal;

/** 预案类别 — the town's overall plan (总体应急预案) and its special plans, one per kind of event. {@link #label()} is the name pages, ledgers and statistics use. */
public enum PlanScope {
    OVERALL("总体应急预案"),
    SPECIAL("专项应急预案");

    private final String label;

    PlanScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
