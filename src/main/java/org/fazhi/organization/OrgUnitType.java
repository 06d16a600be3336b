package org.fazhi.organization;

/** 组织单元类型 — the kinds of unit in the org tree. */
public enum OrgUnitType {
    /** 区 */
    DISTRICT,
    /** 镇/街道 */
    TOWN,
    /** 村/居 */
    VILLAGE,
    /** 镇属部门 (司法所, 综合行政执法局 …) */
    DEPARTMENT
}
