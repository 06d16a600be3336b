package org.fazhi.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.internal.AppUserRepository;
import org.fazhi.organization.internal.SecurityPolicyService;
import org.fazhi.organization.internal.UserService;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.Period;
import org.fazhi.shared.DashboardSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The organisation module's blocks of the dashboards: accounts, security policy, towns of the district. */
@Controller
class OrganizationDashboard {

    private final AppUserRepository users;
    private final DataScope dataScope;
    private final OrgDirectory directory;
    private final SecurityPolicyService policies;
    private final UserService accounts;
    private final Clock clock;

    OrganizationDashboard(AppUserRepository users, DataScope dataScope, OrgDirectory directory,
                          SecurityPolicyService policies, UserService accounts, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
        this.dataScope = dataScope;
        this.directory = directory;
        this.policies = policies;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {
        @Bean
        DashboardSection accountsSection() {
            return new DashboardSection("USER_MANAGE", "/dashboard/sections/accounts", 20);
        }

        @Bean
        DashboardSection securitySection() {
            return new DashboardSection("ROLE_MANAGE", "/dashboard/sections/security", 20);
        }

        @Bean
        DashboardSection townsSection() {
            return new DashboardSection("ROLE_SUPERVISOR", "/dashboard/sections/towns", 5);
        }
    }

    @GetMapping("/dashboard/sections/accounts")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional(readOnly = true)
    String accounts(Model model) {
        Period now = Period.asOf(LocalDate.now(clock));
        var locked = accounts.inState(UserService.AccountState.LOCKED);
        long disabled = accounts.inState(UserService.AccountState.DISABLED).size();
        model.addAttribute("figures", List.of(
                Figure.count("accounts-total", "dashboard.cards.users", accounts.inState(null).size(), now, "/users"),
                Figure.count("accounts-locked", "user.locked", locked.size(), now, "/users?state=LOCKED")
                        .alertWhen(!locked.isEmpty()),
                Figure.count("accounts-disabled", "dashboard.cards.disabled", disabled, now, "/users?state=DISABLED")));
        model.addAttribute("locked", locked);
        return "org/dashboard :: accounts";
    }

    @GetMapping("/dashboard/sections/security")
    @PreAuthorize("hasAuthority('ROLE_MANAGE')")
    @Transactional(readOnly = true)
    String security(Model model) {
        var locked = accounts.inState(UserService.AccountState.LOCKED);
        model.addAttribute("policy", policies.policy());
        model.addAttribute("figures", List.of(Figure.count("security-locked", "user.locked", locked.size(),
                Period.asOf(LocalDate.now(clock)), "/users?state=LOCKED").alertWhen(!locked.isEmpty())));
        return "org/dashboard :: security";
    }

    @GetMapping("/dashboard/sections/towns")
    @PreAuthorize("hasAuthority('ROLE_SUPERVISOR')")
    String towns(Model model) {
        List<Map<String, Object>> rows = dataScope.visibleUnits().stream()
                .filter(u -> u.type() == OrgUnitType.TOWN)
                .map(t -> Map.<String, Object>of("town", t, "villages", directory.villagesOf(t.id()).size(),
                        "departments", directory.children(t.id()).stream()
                                .filter(c -> c.type() == OrgUnitType.DEPARTMENT).count()))
                .toList();
        model.addAttribute("towns", rows);
        return "org/dashboard :: towns";
    }
}
