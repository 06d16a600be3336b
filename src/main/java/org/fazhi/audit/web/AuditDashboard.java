package org.fazhi.audit.web;

import java.time.LocalDate;
import org.fazhi.FazhiApplication;
import java.util.List;
import org.fazhi.audit.AuditQuery;
import org.fazhi.audit.AuditTrail;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.Period;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit administrator's dashboard block: volume of the trail and the latest security events. */
@Controller
class AuditDashboard {

    private final AuditTrail trail;

    AuditDashboard(AuditTrail trail) {
        this.trail = trail;
    }

    @Configuration(proxyBeanMethods = false)
    static class Section {
        @Bean
        DashboardSection auditSection() {
            return new DashboardSection("AUDIT_READ", "/dashboard/sections/audit", 10);
        }
    }

    @GetMapping("/dashboard/sections/audit")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String audit(Model model) {
        LocalDate today = LocalDate.now(FazhiApplication.ZONE);
        model.addAttribute("figures", java.util.List.of(
                Figure.count("audit-total", "dashboard.cards.auditEvents", trail.search(AuditQuery.all(),
                        PageRequest.of(0, 1)).getTotalElements(), Period.asOf(today), "/audit"),
                Figure.count("audit-today", "dashboard.cards.today", trail.search(
                        new AuditQuery(null, null, null, today, today), PageRequest.of(0, 1)).getTotalElements(), Period.day(today),
                        "/audit?from=" + today + "&to=" + today)));
        model.addAttribute("security", trail.search(
                new AuditQuery(null, List.of("AppUser", "RoleGrant", "PasswordPolicy"), null, null, null),
                PageRequest.of(0, 8))
                .getContent());
        return "audit/dashboard :: audit";
    }
}
