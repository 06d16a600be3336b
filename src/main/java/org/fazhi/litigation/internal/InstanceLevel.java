package org.fazhi.litigation.internal;

/** 审级 — where a case stands in the procedure: a lawsuit's first or second instance, or a reconsideration. */
public enum InstanceLevel {
    /** 一审 */
    FIRST("一审"),
    /** 二审 — an appeal, linked to its first instance */
    SECOND("二审"),
    /** 复议 */
    RECONSIDERATION("复议");

    private final String label;

    InstanceLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
