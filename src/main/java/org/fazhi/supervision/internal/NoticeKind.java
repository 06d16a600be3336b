package org.fazhi.supervision.internal;

/** 监督文书种类. */
public enum NoticeKind {
    /** 行政执法监督意见书 */
    OPINION("行政执法监督意见书"),
    /** 行政执法整改通知书 */
    RECTIFICATION("行政执法整改通知书");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
