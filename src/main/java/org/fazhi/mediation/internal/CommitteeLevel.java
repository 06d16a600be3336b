package org.fazhi.mediation.internal;

/** 调解组织 — the committee holding a dispute: a village (村调委会) or the town (镇调委会, 《人民调解法》第34条). */
public enum CommitteeLevel {
    VILLAGE("村调委会"), TOWN("镇调委会");

    private final String label;

    CommitteeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
