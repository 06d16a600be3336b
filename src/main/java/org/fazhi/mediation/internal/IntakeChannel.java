package org.fazhi.mediation.internal;

/** 受理渠道 — how a dispute reached the committee; the ledger does not carry it. */
public enum IntakeChannel {
    WALK_IN("来访申请"),
    OWN_INITIATIVE("主动排查"),
    PHONE("电话/热线"),
    VILLAGE_REPORT("村居上报"),
    CAMPAIGN("专项排查"),
    POLICE_REFERRAL("公安移送"),
    COURT_REFERRAL("法院委托"),
    PETITION_REFERRAL("信访移送"),
    DEPARTMENT_REFERRAL("其他部门移送"),
    PORTAL("公众门户");

    private final String label;

    IntakeChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
