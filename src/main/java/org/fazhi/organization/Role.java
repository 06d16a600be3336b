package org.fazhi.organization;

import java.util.EnumSet;
import java.util.Set;

/** 角色 — the roles of the platform's users; what each may do is its permissions ({@link Permission}). */
public enum Role {
    /** 系统管理员 */
    SYSTEM_ADMIN,
    /** 安全管理员 */
    SECURITY_ADMIN,
    /** 审计管理员 */
    AUDIT_ADMIN,
    /** 镇领导 */
    LEADER,
    /** 法制审核 */
    LEGAL_REVIEWER,
    /** 执法人员 */
    OFFICER,
    /** 调解员 */
    MEDIATOR,
    /** 法律顾问 */
    COUNSEL,
    /** 公开专员 */
    DISCLOSURE_CLERK,
    /** 应急值班（应急管理办公室） */
    EMERGENCY_OFFICER,
    /** 区级监督 */
    SUPERVISOR,
    /** 普法专员 */
    EDUCATOR;

    /**
     * 三员分立 — separation of the three administrator duties: no account holds two of these roles, and their
     * permissions are fixed (the security administrator edits only the business roles).
     */
    public static final Set<Role> THREE_ADMINS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    public boolean isAdministrator() {
        return THREE_ADMINS.contains(this);
    }
}
