package org.fazhi.legality.internal;

/** 审查结论 — the reviewer's finding (国办发〔2018〕115号: 合法 / 应当予以修改 / 不合法). */
public enum Conclusion {
    /** 合法 */
    LAWFUL("合法"),
    /** 修改后合法 */
    LAWFUL_WITH_CHANGES("修改后合法"),
    /** 不合法 */
    UNLAWFUL("不合法");

    private final String label;

    Conclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the draft may go on to deliberation or signing (as it is or as changed). */
    public boolean permits() {
        return this != UNLAWFUL;
    }
}
