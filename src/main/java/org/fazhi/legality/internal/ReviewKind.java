package org.fazhi.legality.internal;

/** 送审类别 — what kind of draft is sent for review; the kind decides the review period. */
public enum ReviewKind {
    /** 行政规范性文件 */
    NORMATIVE_DOCUMENT("行政规范性文件"),
    /** 重大行政决策草案 */
    MAJOR_DECISION("重大行政决策草案"),
    /** 政府合同 */
    CONTRACT("政府合同"),
    /** 其他 */
    OTHER("其他事项");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
