package org.fazhi.litigation.internal;

/**
 * 出庭负责人职务 — who counts as the head appearing (最高人民法院关于行政机关负责人出庭应诉若干问题的规定 第2条): the chief,
 * a deputy, or another person of deputy rank in charge of the challenged act.
 */
public enum HeadRank {
    /** 正职负责人 */
    CHIEF("正职负责人"),
    /** 副职负责人 */
    DEPUTY("副职负责人"),
    /** 参与分管被诉行政行为实施工作的副职级别负责人 */
    DEPUTY_IN_CHARGE("分管的副职级别负责人");

    private final String label;

    HeadRank(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
