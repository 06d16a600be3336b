package org.fazhi.organization.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.organization.internal.PasswordPolicy;
import org.fazhi.organization.internal.SecurityPolicyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/security")
@Tag(name = "安全管理", description = "roles, permissions, password policy")
class SecurityApi {

    private final SecurityPolicyService policies;

    SecurityApi(SecurityPolicyService policies) {
        this.policies = policies;
    }

    record RoleJson(Role role, Set<Permission> permissions, boolean fixed) {
    }

    record GrantRequest(@NotNull Set<Permission> permissions, String reason) {
    }

    record PolicyJson(int minLength, boolean requireLetterAndDigit, int maxFailedAttempts, int lockMinutes,
                      int sessionTimeoutMinutes, int maxAgeDays) {
        static PolicyJson of(PasswordPolicy p) {
            return new PolicyJson(p.getMinLength(), p.isRequireLetterAndDigit(), p.getMaxFailedAttempts(),
                    p.getLockMinutes(), p.getSessionTimeoutMinutes(), p.getMaxAgeDays());
        }
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('ROLE_MANAGE')")
    List<RoleJson> roles() {
        List<RoleJson> out = new ArrayList<>();
        Permission.ADMIN_PERMISSIONS.forEach((r, p) -> out.add(new RoleJson(r, p, true)));
        policies.grants().forEach(g -> out.add(new RoleJson(g.getRole(), g.getPermissions(), false)));
        out.sort(java.util.Comparator.comparing(r -> r.role().ordinal()));
        return out;
    }

    @PutMapping("/roles/{role}")
    @PreAuthorize("hasAuthority('ROLE_MANAGE')")
    RoleJson grant(@PathVariable Role role, @Valid @RequestBody GrantRequest rq) {
        var g = policies.grant(role, rq.permissions().isEmpty() ? EnumSet.noneOf(Permission.class)
                : EnumSet.copyOf(rq.permissions()), rq.reason());
        return new RoleJson(g.getRole(), g.getPermissions(), false);
    }

    @GetMapping("/password-policy")
    @PreAuthorize("hasAuthority('PASSWORD_POLICY_MANAGE')")
    PolicyJson policy() {
        return PolicyJson.of(policies.policy());
    }

    @PutMapping("/password-policy")
    @PreAuthorize("hasAuthority('PASSWORD_POLICY_MANAGE')")
    PolicyJson change(@Valid @RequestBody PolicyJson rq) {
        return PolicyJson.of(policies.changePolicy(rq.minLength(), rq.requireLetterAndDigit(), rq.maxFailedAttempts(),
                rq.lockMinutes(), rq.sessionTimeoutMinutes(), rq.maxAgeDays()));
    }
}
