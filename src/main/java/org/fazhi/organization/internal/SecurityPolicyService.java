package org.fazhi.organization.internal;

import java.util.List;
import java.util.Set;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.shared.AccessDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role permissions and the password policy: settings of the whole installation, changed only by the installation's
 * security administrator (三员分立), each change an audit event named {@code SECURITY:…}.
 */
@Service
public class SecurityPolicyService {

    private final RoleGrantRepository grants;
    private final PasswordPolicyRepository policies;

    SecurityPolicyService(RoleGrantRepository grants, PasswordPolicyRepository policies) {
        this.grants = grants;
        this.policies = policies;
    }

    @Transactional(readOnly = true)
    public List<RoleGrant> grants() {
        return grants.findAll().stream().sorted(java.util.Comparator.comparing(g -> g.getRole().ordinal())).toList();
    }

    /** The installation's security administrator, or the platform's own work (first start). */
    private static void requireInstallationSecurityAdministrator() {
        if (DataScope.current().system()) {
            return;
        }
        FazhiUser caller = DataScope.currentUser().orElse(null);
        if (caller == null || !UserService.isInstallationSecurityAdministrator(caller)) {
            throw new AccessDenied("security.installationOnly");
        }
    }

    @Transactional
    public RoleGrant grant(Role role, Set<Permission> permissions, String reason) {
        requireInstallationSecurityAdministrator();
        RoleGrant g = grants.findByRole(role).orElseGet(() -> grants.save(new RoleGrant(role, Set.of())));
        g.grant(permissions, reason);
        return g;
    }

    @Transactional(readOnly = true)
    public PasswordPolicy policy() {
        return policies.findAll().stream().findFirst().orElseGet(PasswordPolicy::new);
    }

    @Transactional
    public PasswordPolicy changePolicy(int minLength, boolean letterAndDigit, int maxFailed, int lockMinutes,
                                       int sessionMinutes, int maxAgeDays) {
        requireInstallationSecurityAdministrator();
        PasswordPolicy p = policies.findAll().stream().findFirst().orElseGet(() -> policies.save(new PasswordPolicy()));
        p.change(minLength, letterAndDigit, maxFailed, lockMinutes, sessionMinutes, maxAgeDays);
        return p;
    }

    /** Installs the default grants and policy on a new database. */
    @Transactional
    public void installDefaults() {
        for (var e : Permission.DEFAULT_BUSINESS_PERMISSIONS.entrySet()) {
            if (grants.findByRole(e.getKey()).isEmpty()) {
                grants.save(new RoleGrant(e.getKey(), e.getValue()));
            }
        }
        if (policies.count() == 0) {
            policies.save(new PasswordPolicy());
        }
    }
}
