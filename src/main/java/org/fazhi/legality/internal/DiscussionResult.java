package org.fazhi.legality.internal;

/** 集体讨论结果 — what the executive meeting decided (《重大行政决策程序暂行条例》第30条). */
public enum DiscussionResult {
    /** 通过 */
    ADOPTED("通过"),
    /** 修改后通过 */
    AMENDED("修改后通过"),
    /** 不予通过 */
    REJECTED("不予通过"),
    /** 暂缓决策 — the matter waits for another meeting */
    DEFERRED("暂缓决策");

    private final String label;

    DiscussionResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state the decision reaches with this result. */
    DecisionState leadsTo() {
        return switch (this) {
            case ADOPTED, AMENDED -> DecisionState.DECIDED;
            case REJECTED -> DecisionState.REJECTED;
            case DEFERRED -> DecisionState.CONSULTED;
        };
    }
}
