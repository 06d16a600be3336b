package org.fazhi.legality.internal;

/** 风险等级 — the finding of the risk assessment (《重大行政决策程序暂行条例》第22–24条). */
public enum RiskLevel {
    /** 低风险 */
    LOW("低风险"),
    /** 中风险 */
    MEDIUM("中风险"),
    /** 高风险 */
    HIGH("高风险");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
