package org.fazhi.enforcement.internal;

/** 案件流转审批环节 — the stages at which the town's approval chain signs (三星镇's 2024 法治政府建设 report, 一(七)). */
public enum ApprovalStage {
    /** 立案审批 */
    FILING,
    /** 拟处罚意见审批 (before the notice) */
    PROPOSAL,
    /** 处罚决定审批 */
    DECISION
}
