package org.fazhi.litigation.internal;

/** 被诉（被申请复议）行为的类别 — what the case challenges, and where that act is recorded. */
public enum ActType {
    /** 行政处罚案件 — a penalty case of the platform */
    PENALTY_CASE("行政处罚案件"),
    /** 往年行政处罚决定 — a past decision imported from the 行政处罚决定台账 */
    PAST_DECISION("往年行政处罚决定"),
    /** 政府信息公开申请 — the reply to a disclosure application */
    DISCLOSURE_APPLICATION("政府信息公开申请"),
    /** 其他行政行为 — described in words */
    OTHER("其他行政行为");

    private final String label;

    ActType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the act is a record of the platform, named by its id. */
    public boolean linked() {
        return this != OTHER;
    }
}
