package org.fazhi.supervision.internal;

/** 投诉举报渠道 — how a complaint about enforcement reached the town. */
public enum ComplaintChannel {
    /** 投诉箱 */
    COMPLAINT_BOX("投诉箱"),
    /** 热线电话 */
    HOTLINE("热线"),
    /** 来信 */
    LETTER("来信"),
    /** 12345政务服务便民热线转办 */
    FORWARDED_12345("12345转办"),
    /** 网上（门户网站提交） */
    ONLINE("网上");

    private final String label;

    ComplaintChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
