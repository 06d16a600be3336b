package org.fazhi.enforcement.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 办案环节 — the steps staff take on a case. Each names the permission it needs, whether it acts towards the party
 * (then at least two officers with valid certificates are named, 《行政处罚法》第42条、第55条) and whether it must carry
 * a full-process record (执法全过程记录, 第47条).
 */
public enum Step {
    /** 立案 */
    FILE("ENFORCEMENT_WRITE", false, true),
    /** 调查取证 */
    INVESTIGATE("ENFORCEMENT_WRITE", true, true),
    /** 先行登记保存证据 (第56条) */
    PRESERVE_EVIDENCE("ENFORCEMENT_WRITE", true, true),
    /** 先行登记保存证据处理决定 */
    DECIDE_PRESERVATION("ENFORCEMENT_WRITE", false, true),
    /** 告知 (事先告知书送达) */
    NOTIFY("ENFORCEMENT_WRITE", true, true),
    /** 陈述申辩（现场听取并复核） */
    RECORD_STATEMENT("ENFORCEMENT_WRITE", false, true),
    /** 放弃陈述申辩（明示并记录） */
    WAIVE_STATEMENT("ENFORCEMENT_WRITE", false, true),
    /** 申请听证 */
    REQUEST_HEARING("ENFORCEMENT_WRITE", false, true),
    /** 确定听证时间、地点 */
    SCHEDULE_HEARING("ENFORCEMENT_WRITE", false, false),
    /** 送达听证通知书（听证七个工作日前，第64条） */
    NOTIFY_HEARING("ENFORCEMENT_WRITE", true, true),
    /** 举行听证（或当事人无正当理由不到场，视为放弃） */
    HOLD_HEARING("ENFORCEMENT_WRITE", false, true),
    /** 暂停计算办案期限（鉴定） */
    PAUSE_FOR_APPRAISAL("ENFORCEMENT_WRITE", false, false),
    /** 恢复计算办案期限 */
    RESUME_AFTER_APPRAISAL("ENFORCEMENT_WRITE", false, false),
    /** 延长办案期限（经批准） */
    EXTEND("CASE_APPROVE", false, false),
    /** 提交法制审核 */
    SUBMIT_REVIEW("ENFORCEMENT_WRITE", false, false),
    /** 法制审核 */
    REVIEW("LEGAL_REVIEW", false, true),
    /** 集体讨论 */
    DISCUSS("CASE_APPROVE", false, true),
    /** 作出决定 */
    DECIDE("ENFORCEMENT_WRITE", false, true),
    /** 送达 */
    SERVE("ENFORCEMENT_WRITE", true, true),
    /** 当事人申请行政复议或提起行政诉讼（加处罚款停止计算，申请法院强制执行的期限随之变化） */
    RECORD_REMEDY("ENFORCEMENT_WRITE", false, false),
    /** 复议决定送达或判决（维持、变更、撤销）；复议决定书或判决书附入记录 */
    REMEDY_OUTCOME("ENFORCEMENT_WRITE", false, true),
    /** 催告 */
    REMIND("ENFORCEMENT_WRITE", true, true),
    /** 缴纳罚款 */
    PAY("ENFORCEMENT_WRITE", false, true),
    /** 执行（非罚款类处罚的现场执行） */
    EXECUTE("ENFORCEMENT_WRITE", true, true),
    /** 申请人民法院强制执行 */
    APPLY_TO_COURT("ENFORCEMENT_WRITE", false, true),
    /** 结案 */
    CLOSE("ENFORCEMENT_WRITE", false, false),
    /** 决定被变更、撤销、确认违法或无效 */
    REVOKE("CASE_APPROVE", false, false);

    private final String permission;
    private final boolean outward;
    private final boolean needsRecord;

    Step(String permission, boolean outward, boolean needsRecord) {
        this.permission = permission;
        this.outward = outward;
        this.needsRecord = needsRecord;
    }

    public String permission() {
        return permission;
    }

    /** Acts towards the party: at least two officers with certificates valid on the day. */
    public boolean outward() {
        return outward;
    }

    /** Must carry at least one record (document, photo, audio or video). */
    public boolean needsRecord() {
        return needsRecord;
    }

    /** Steps that record an event of the case but do not move it (timeline only). */
    static final Set<Step> CLOCK_ONLY = EnumSet.of(PAUSE_FOR_APPRAISAL, RESUME_AFTER_APPRAISAL, EXTEND);
}
