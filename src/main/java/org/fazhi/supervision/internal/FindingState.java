package org.fazhi.supervision.internal;

/** 监督发现状态 — open, taken into a supervision notice, or closed with the notice. */
public enum FindingState {
    /** 待处理 */
    OPEN("待处理"),
    /** 已发监督文书 */
    NOTIFIED("已发监督文书"),
    /** 已整改销号 */
    CLOSED("已整改销号");

    private final String label;

    FindingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
