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
    CALENDAR_MANAGE,
    SETTINGS_MANAGE,
    ROLE_MANAGE,
    PASSWORD_POLICY_MANAGE,
    AUDIT_READ,
    AUDIT_VERIFY,
    /** read the org tree, the calendar and one's deadlines: every staff role */
    STAFF_BASIC,
    FILE_READ,
    FILE_WRITE,
    LEDGER_IMPORT;

    /** The fixed permissions of the three administrator roles (三员分立). */
    public static final Map<Role, Set<Permission>> ADMIN_PERMISSIONS = Map.of(
            Role.SYSTEM_ADMIN, EnumSet.of(ORG_MANAGE, USER_MANAGE, CALENDAR_MANAGE, SETTINGS_MANAGE, STAFF_BASIC,
                    FILE_READ, FILE_WRITE, LEDGER_IMPORT),
            Role.SECURITY_ADMIN, EnumSet.of(ROLE_MANAGE, PASSWORD_POLICY_MANAGE, STAFF_BASIC),
            Role.AUDIT_ADMIN, EnumSet.of(AUDIT_READ, AUDIT_VERIFY, STAFF_BASIC));

    /** Defaults of the business roles, installed on a new database; the security administrator may change them. */
    public static final Map<Role, Set<Permission>> DEFAULT_BUSINESS_PERMISSIONS = Map.of(
            Role.LEADER, EnumSet.of(STAFF_BASIC, FILE_READ),
            Role.LEGAL_REVIEWER, EnumSet.of(STAFF_BASIC, FILE_READ, FILE_WRITE, LEDGER_IMPORT),
            Role.OFFICER, EnumSet.of(STAFF_BASIC, FILE_READ, FILE_WRITE, LEDGER_IMPORT),
            Role.MEDIATOR, EnumSet.of(STAFF_BASIC, FILE_READ, FILE_WRITE, LEDGER_IMPORT),
            Role.COUNSEL, EnumSet.of(STAFF_BASIC, FILE_READ, FILE_WRITE),
            Role.DISCLOSURE_CLERK, EnumSet.of(STAFF_BASIC, FILE_READ, FILE_WRITE, LEDGER_IMPORT),
            Role.SUPERVISOR, EnumSet.of(STAFF_BASIC, FILE_READ));
}
