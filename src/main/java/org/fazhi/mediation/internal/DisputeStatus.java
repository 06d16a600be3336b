package org.fazhi.mediation.internal;

/** 纠纷办理状态 — where a dispute stands. {@link #open()} states are 调解中 in the ledger. */
public enum DisputeStatus {
    /** 已受理 — registered, no session yet */
    ACCEPTED("已受理"),
    /** 调解中 — at least one session held */
    MEDIATING("调解中"),
    /** 调解成功 */
    SUCCEEDED("调解成功"),
    /** 调解不成功 (《人民调解法》第26条) */
    FAILED("调解不成功"),
    /** 终止调解 (a party refuses or withdraws, 《人民调解法》第17、26条) */
    TERMINATED("终止调解");

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == ACCEPTED || this == MEDIATING;
    }
}
