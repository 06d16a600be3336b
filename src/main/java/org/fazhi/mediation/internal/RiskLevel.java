package org.fazhi.mediation.internal;

/** 风险等级 — how likely the dispute is to escalate. */
public enum RiskLevel {
    LOW("低"), MEDIUM("中"), HIGH("高");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
