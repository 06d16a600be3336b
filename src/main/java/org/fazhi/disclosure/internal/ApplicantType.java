package org.fazhi.disclosure.internal;

/** 申请人情况 — the applicant types of table 三 of the annual report, in its column order. */
public enum ApplicantType {
    /** 自然人 */
    NATURAL_PERSON("自然人"),
    /** 法人或其他组织：商业企业 */
    COMMERCIAL("商业企业"),
    /** 法人或其他组织：科研机构 */
    RESEARCH("科研机构"),
    /** 法人或其他组织：社会公益组织 */
    NONPROFIT("社会公益组织"),
    /** 法人或其他组织：法律服务机构 */
    LEGAL_SERVICE("法律服务机构"),
    /** 法人或其他组织：其他 */
    OTHER("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    /** The column heading of the national report. */
    public String label() {
        return label;
    }

    public boolean person() {
        return this == NATURAL_PERSON;
    }
}
