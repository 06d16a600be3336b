package org.fazhi.organization.web;

import java.util.EnumSet;
import java.util.List;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.organization.internal.SecurityPolicyService;
import org.fazhi.shared.web.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 角色权限与密码策略 — the security administrator's pages. */
@Controller
@RequestMapping("/security")
class SecurityPages {

    private final SecurityPolicyService policies;
    private final FormPages forms;

    SecurityPages(SecurityPolicyService policies, FormPages forms) {
        this.forms = forms;
        this.policies = policies;
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('ROLE_MANAGE')")
    String roles(Model model) {
        model.addAttribute("grants", policies.grants());
        model.addAttribute("adminPermissions", Permission.ADMIN_PERMISSIONS);
        model.addAttribute("adminRoles", List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN));
        model.addAttribute("permissions", Permission.values());
        return "org/roles";
    }

    @PostMapping("/roles")
    @PreAuthorize("hasAuthority('ROLE_MANAGE')")
    String grant(@RequestParam Role role, @RequestParam(required = false) List<Permission> permissions,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            policies.grant(role, permissions == null ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions),
                    reason);
            redirect.addFlashAttribute("success", "role.saved");
            return "redirect:/security/roles";
        }, () -> roles(model));
    }

    @GetMapping("/policy")
    @PreAuthorize("hasAuthority('PASSWORD_POLICY_MANAGE')")
    String policy(Model model) {
        model.addAttribute("policy", policies.policy());
        return "org/policy";
    }

    @PostMapping("/policy")
    @PreAuthorize("hasAuthority('PASSWORD_POLICY_MANAGE')")
    String savePolicy(@RequestParam int minLength, @RequestParam(defaultValue = "false") boolean requireLetterAndDigit,
                      @RequestParam int maxFailedAttempts, @RequestParam int lockMinutes,
                      @RequestParam int sessionTimeoutMinutes, @RequestParam int maxAgeDays,
                      RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            policies.changePolicy(minLength, requireLetterAndDigit, maxFailedAttempts, lockMinutes,
                    sessionTimeoutMinutes, maxAgeDays);
            redirect.addFlashAttribute("success", "policy.saved");
            return "redirect:/security/policy";
        }, () -> policy(model));
    }
}
