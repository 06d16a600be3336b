package org.fazhi.legalservice.internal;

/** 转办去向 — where a question is referred. */
public enum ReferralKind {
    /** 转人民调解 — a dispute is registered in the mediation module */
    MEDIATION("转人民调解"),
    /** 转法律援助 — forwarded to the district legal-aid centre (《法律援助法》第42条) */
    LEGAL_AID("转法律援助"),
    /** 转其他部门 */
    OTHER_AGENCY("转其他部门");

    private final String label;

    ReferralKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
