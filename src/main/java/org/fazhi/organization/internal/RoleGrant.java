package org.fazhi.organization.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.shared.BaseEntity;
import org.fazhi.shared.RuleViolation;

/** 角色授权 — the permissions a business role holds, kept by the security administrator. */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends BaseEntity implements AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_grant_permission", joinColumns = @JoinColumn(name = "role_grant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "permission", length = 40)
    private Set<Permission> permissions = new HashSet<>();

    protected RoleGrant() {
    }

    public RoleGrant(Role role, Set<Permission> permissions) {
        this.role = role;
        this.permissions = new HashSet<>(permissions);
    }

    /**
     * The administrator roles keep their fixed permissions (三员分立), and no business role may receive an
     * administrator's permission.
     */
    public void grant(Set<Permission> newPermissions, String reason) {
        if (role.isAdministrator()) {
            throw new RuleViolation("role.admin.fixed");
        }
        for (Permission p : newPermissions) {
            if (Permission.ADMIN_ONLY.contains(p)) {
                throw RuleViolation.onField("permissions", "role.permission.adminOnly",
                        new org.springframework.context.support.DefaultMessageSourceResolvable("permission." + p.name()));
            }
        }
        this.permissions = new HashSet<>(newPermissions);
        noteChange(AppUser.SECURITY_EVENT + "ROLE_GRANT", reason);
    }

    public Role getRole() {
        return role;
    }

    public Set<Permission> getPermissions() {
        return Set.copyOf(permissions);
    }

    /** {@inheritDoc} Here: the role (shown by its label). */
    @Override
    public String auditName() {
        return role == null ? null : role.name();
    }
}
