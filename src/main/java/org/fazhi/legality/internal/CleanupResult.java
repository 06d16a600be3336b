package org.fazhi.legality.internal;

/** 清理结果 — what a cleanup of a normative document decided. */
public enum CleanupResult {
    /** 继续有效 */
    CONTINUE("继续有效"),
    /** 修改 */
    AMEND("修改"),
    /** 废止 */
    REPEAL("废止");

    private final String label;

    CleanupResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
