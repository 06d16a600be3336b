package org.fazhi.organization.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.Role;
import org.fazhi.organization.internal.AppUser;
import org.fazhi.organization.internal.UserService;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.web.FormPages;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 — the system administrator keeps the business accounts of their scope, the security administrator the administrator accounts (三员分立). */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasAnyAuthority('USER_MANAGE','ADMIN_ACCOUNT_MANAGE')")
class UserPages {

    private final UserService users;
    private final DataScope dataScope;
    private final org.fazhi.audit.AuditTrail history;
    private final FormPages forms;

    UserPages(UserService users, DataScope dataScope, org.fazhi.audit.AuditTrail history, FormPages forms) {
        this.forms = forms;
        this.users = users;
        this.dataScope = dataScope;
        this.history = history;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "username") String sort,
                @RequestParam(required = false) UserService.AccountState state, Model model) {
        String by = List.of("username", "displayName", "homeUnitId").contains(sort) ? sort : "username";
        org.springframework.data.domain.Page<org.fazhi.organization.internal.AppUser> result;
        if (state != null) {
            // the accounts behind a dashboard figure, by the figure's own rule
            var all = users.inState(state);
            var request = PageRequest.of(Math.max(page, 0), 20);
            result = new org.springframework.data.domain.PageImpl<>(all.stream().skip(request.getOffset())
                    .limit(20).toList(), request, all.size());
        } else {
            result = users.search(q, PageRequest.of(Math.max(page, 0), 20, Sort.by(by)));
        }
        model.addAttribute("state", state);
        model.addAttribute("page", result);
        model.addAttribute("q", q);
        model.addAttribute("units", dataScope.visibleUnits());
        model.addAttribute("unitNames", dataScope.visibleUnits().stream().collect(java.util.stream.Collectors
                .toMap(u -> u.id(), u -> u.name())));
        model.addAttribute("roles", UserService.grantableRoles());
        return "org/users";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName,
                  @RequestParam(required = false) Long homeUnitId,
                  @RequestParam(required = false) List<Role> roles, @RequestParam String password,
                  RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            if (homeUnitId == null) {
                throw RuleViolation.onField("homeUnitId", "org.parent.unknown");
            }
            users.create(username, displayName, homeUnitId, roles == null ? Set.of() : EnumSet.copyOf(roles),
                    password, true);
            redirect.addFlashAttribute("success", "user.created");
            return "redirect:/users";
        }, () -> list(null, 0, "username", null, model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AppUser u = users.get(id);
        model.addAttribute("u", u);
        model.addAttribute("history", history.historyOf(AppUser.class, u.getId()));
        model.addAttribute("units", dataScope.visibleUnits());
        model.addAttribute("roles", UserService.grantableRoles());
        return "org/user-edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam String displayName, @RequestParam long homeUnitId,
                  @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) String phone,
                  @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            users.update(id, displayName, homeUnitId, roles == null ? Set.of() : EnumSet.copyOf(roles), phone,
                    enabled);
            redirect.addFlashAttribute("success", "user.saved");
            return "redirect:/users/" + id;
        }, () -> edit(id, model));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect,
                         Model model) {
        return forms.submit(model, () -> {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("success", "password.changed");
            return "redirect:/users/" + id;
        }, () -> edit(id, model));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("success", "user.saved");
        return "redirect:/users/" + id;
    }

    static boolean locked(AppUser u) {
        return u.getLockedUntil() != null && u.getLockedUntil().isAfter(java.time.Instant.now());
    }
}
