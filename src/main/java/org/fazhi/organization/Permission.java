package org.fazhi.organization;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 权限 — what a role may do inside its data scope. Endpoints declare the permission they need
 * ({@code @PreAuthorize("hasAuthority('ORG_MANAGE')")}); the security administrator assigns permissions to the
 * business roles, the three administrator roles keep the fixed sets below.
 */
public enum Permission {
    ORG_MANAGE,
    USER_MANAGE,
    /**
     * 管理员账户 — create, change, reset, unlock and disable the accounts holding an administrator role (三员分立:
     * the installation's security administrator, never the system administrator).
     */
    ADMIN_ACCOUNT_MANAGE,
    CALENDAR_MANAGE,
    SETTINGS_MANAGE,
    ROLE_MANAGE,
    PASSWORD_POLICY_MANAGE,
    AUDIT_READ,
    AUDIT_VERIFY,
    /** read the org tree, the calendar and one's deadlines: every staff role */
    STAFF_BASIC,
    /**
     * 办理期限：查看本人和本单位的期限 — the deadline register names cases, parties, officers and certificates, so it
     * is business data: business roles only, never the three administrators.
     */
    DEADLINE_READ,
    FILE_READ,
    FILE_WRITE,
    LEDGER_IMPORT,
    /** 执法人员与执法证：查看 — business data (names, ID numbers, certificates): business roles only */
    OFFICER_READ,
    /** 执法人员与执法证：登记、申领、换证、注销、清理（司法所） */
    OFFICER_MANAGE,
    /** 行政执法案件：查看 */
    ENFORCEMENT_READ,
    /** 行政执法案件：办理（执法人员） */
    ENFORCEMENT_WRITE,
    /** 法制审核（法制审核人员） */
    LEGAL_REVIEW,
    /** 审批（案件流转审批、集体讨论） */
    CASE_APPROVE,
    /** 矛盾纠纷：查看 */
    MEDIATION_READ,
    /** 矛盾纠纷：登记与调解 */
    MEDIATION_WRITE,
    /** 政务公开：查看 */
    DISCLOSURE_READ,
    /** 政务公开：主动公开与依申请公开办理 */
    DISCLOSURE_WRITE,
    /** 法治队伍：查看村（居）法律顾问、政府法律顾问、法律明白人、法治副校长与服务记录 */
    LEGAL_TEAM_READ,
    /** 法治队伍：登记与维护（司法所） */
    LEGAL_TEAM_MANAGE,
    /** 合法性审查：查看全部审查（领导、法制审核人员、区监督员） */
    LEGALITY_READ,
    /** 合法性审查：送审（领导或起草部门，由法制审核人员代为登记） */
    LEGALITY_SUBMIT,
    /** 合法性审查：审查、退回补充材料、征求法律顾问意见、出具审查意见（司法所法制审核人员） */
    LEGALITY_REVIEW,
    /** 合法性审查：法律顾问查看征求其意见的审查并出具意见 */
    LEGALITY_OPINION,
    /** 重大行政决策、行政规范性文件与政府合同：立项、征求意见、集体讨论、公布与登记（镇领导） */
    LEGALITY_DECISION,
    /** 行政应诉与行政复议：查看案件与统计（领导、法制审核人员、区监督员） */
    LITIGATION_READ,
    /** 行政应诉与行政复议：登记案件、答辩、庭审出庭、结案与台账导入（领导、法制审核人员） */
    LITIGATION_MANAGE,
    /** 普法：查看普法活动、网络普法、普法责任清单、题库与答题统计 */
    PUBLICITY_READ,
    /** 普法：登记普法活动、网络普法和普法责任清单，维护题库和在线答题（普法专员、执法部门） */
    PUBLICITY_MANAGE,
    /** 领导干部学法：查看学法记录、年度计划和述法 */
    STUDY_READ,
    /** 领导干部学法：登记学法活动、年度计划和述法 */
    STUDY_MANAGE,
    /** 突发事件应对：查看应急预案、值班表、突发事件与预警 */
    EMERGENCY_READ,
    /** 突发事件应对：预案、值班、事件报告与处置、发布和解除预警（应急管理办公室、镇领导） */
    EMERGENCY_MANAGE,
    /** 公共法律服务：查看法律咨询、转办与统计（领导、司法所、区监督员；联系人信息仅司法所可见） */
    LEGAL_SERVICE_READ,
    /** 公共法律服务：法律顾问解答分派给本人的法律咨询 */
    LEGAL_SERVICE_ANSWER,
    /** 公共法律服务：改派、暂不公开、转办与登记法律援助答复（司法所） */
    LEGAL_SERVICE_MANAGE,
    /** 行政执法监督：查看投诉举报（领导、法制审核人员、区监督员） */
    SUPERVISION_READ,
    /** 行政执法监督：登记、受理、办结投诉举报（司法所法制审核人员） */
    SUPERVISION_MANAGE,
    /** 行政执法监督：部门查看发给本部门的监督文书并答复整改情况 */
    SUPERVISION_ANSWER,
    /** 法治政府建设年度报告：查看 */
    REPORT_READ,
    /** 法治政府建设年度报告：生成草稿、修改文字与模板（法制审核人员、领导） */
    REPORT_WRITE,
    /** 法治政府建设年度报告：审定与公开（主要负责人） */
    REPORT_APPROVE,
    /** 法治政府建设年度工作要点：部门报告本部门任务的进展（查看本镇工作要点） */
    WORK_PLAN_PROGRESS;

    /** Permissions only the three administrator roles hold (三员分立); no business role may receive them. */
    public static final Set<Permission> ADMIN_ONLY = EnumSet.of(ORG_MANAGE, USER_MANAGE, ADMIN_ACCOUNT_MANAGE,
            CALENDAR_MANAGE,
            SETTINGS_MANAGE, ROLE_MANAGE, PASSWORD_POLICY_MANAGE, AUDIT_READ, AUDIT_VERIFY);

    /**
     * The fixed permissions of the three administrator roles (三员分立). None of them reads business records: no
     * deadline register, no officer register (the officers, their ID numbers and certificates are kept by the
     * judicial office, 法制审核, with {@code OFFICER_MANAGE}), no cases, disputes or applications.
     */
    public static final Map<Role, Set<Permission>> ADMIN_PERMISSIONS = Map.of(
            Role.SYSTEM_ADMIN, EnumSet.of(ORG_MANAGE, USER_MANAGE, CALENDAR_MANAGE, SETTINGS_MANAGE, STAFF_BASIC,
                    FILE_READ, FILE_WRITE, LEDGER_IMPORT),
            Role.SECURITY_ADMIN, EnumSet.of(ROLE_MANAGE, PASSWORD_POLICY_MANAGE, ADMIN_ACCOUNT_MANAGE, STAFF_BASIC),
            Role.AUDIT_ADMIN, EnumSet.of(AUDIT_READ, AUDIT_VERIFY, STAFF_BASIC));

    /** Defaults of the business roles, installed on a new database; the security administrator may change them. */
    public static final Map<Role, Set<Permission>> DEFAULT_BUSINESS_PERMISSIONS = Map.of(
            Role.LEADER, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, OFFICER_READ, ENFORCEMENT_READ,
                    CASE_APPROVE, MEDIATION_READ, DISCLOSURE_READ, LEGAL_TEAM_READ, LEGALITY_READ, LEGALITY_SUBMIT,
                    LEGALITY_DECISION, LITIGATION_READ, LITIGATION_MANAGE,
                    PUBLICITY_READ, STUDY_READ, STUDY_MANAGE,
                    EMERGENCY_READ, EMERGENCY_MANAGE, LEGAL_SERVICE_READ,
                    SUPERVISION_READ, SUPERVISION_ANSWER, REPORT_READ, REPORT_WRITE, REPORT_APPROVE,
                    WORK_PLAN_PROGRESS),
            Role.LEGAL_REVIEWER, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, FILE_WRITE, LEDGER_IMPORT,
                    OFFICER_READ, OFFICER_MANAGE, ENFORCEMENT_READ, LEGAL_REVIEW, MEDIATION_READ, DISCLOSURE_READ,
                    LEGAL_TEAM_READ, LEGAL_TEAM_MANAGE, LEGALITY_READ, LEGALITY_SUBMIT, LEGALITY_REVIEW,
                    LITIGATION_READ, LITIGATION_MANAGE, PUBLICITY_READ, LEGAL_SERVICE_READ,
                    LEGAL_SERVICE_MANAGE, SUPERVISION_READ, SUPERVISION_MANAGE, REPORT_READ,
                    REPORT_WRITE, WORK_PLAN_PROGRESS),
            Role.OFFICER, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, FILE_WRITE, LEDGER_IMPORT, OFFICER_READ,
                    ENFORCEMENT_READ, ENFORCEMENT_WRITE, PUBLICITY_READ, PUBLICITY_MANAGE,
                    SUPERVISION_ANSWER, WORK_PLAN_PROGRESS),
            Role.MEDIATOR, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, FILE_WRITE, LEDGER_IMPORT,
                    MEDIATION_READ, MEDIATION_WRITE, SUPERVISION_ANSWER, WORK_PLAN_PROGRESS),
            Role.COUNSEL, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, FILE_WRITE, ENFORCEMENT_READ,
                    OFFICER_READ, LEGAL_TEAM_READ, LEGALITY_OPINION, LEGAL_SERVICE_ANSWER),
            Role.DISCLOSURE_CLERK, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, FILE_WRITE, LEDGER_IMPORT,
                    DISCLOSURE_READ, DISCLOSURE_WRITE, SUPERVISION_ANSWER, WORK_PLAN_PROGRESS),
            Role.EMERGENCY_OFFICER, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, FILE_WRITE, LEDGER_IMPORT,
                    EMERGENCY_READ, EMERGENCY_MANAGE, WORK_PLAN_PROGRESS),
            Role.SUPERVISOR, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, OFFICER_READ, ENFORCEMENT_READ,
                    MEDIATION_READ, DISCLOSURE_READ, LEGAL_TEAM_READ, LEGALITY_READ, LITIGATION_READ, PUBLICITY_READ,
                    STUDY_READ, EMERGENCY_READ, LEGAL_SERVICE_READ, SUPERVISION_READ,
                    REPORT_READ),
            Role.EDUCATOR, EnumSet.of(STAFF_BASIC, DEADLINE_READ, FILE_READ, FILE_WRITE, LEDGER_IMPORT,
                    PUBLICITY_READ, PUBLICITY_MANAGE, STUDY_READ, STUDY_MANAGE, WORK_PLAN_PROGRESS));
}
