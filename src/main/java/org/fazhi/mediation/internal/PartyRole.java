package org.fazhi.mediation.internal;

/** 当事人类型 — applicant (申请人) or respondent (被申请人). */
public enum PartyRole {
    APPLICANT("申请人"), RESPONDENT("被申请人");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
