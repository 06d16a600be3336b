package org.fazhi.enforcement.web;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.internal.Supervision;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.shared.DashboardSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The enforcement blocks of the dashboards: the judicial office's supervision signals, the leader's counts. */
@Controller
class EnforcementDashboard {

    private final Supervision supervision;
    private final EnforcementStatistics statistics;
    private final Clock clock;

    EnforcementDashboard(Supervision supervision, EnforcementStatistics statistics, Clock clock) {
        this.supervision = supervision;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {
        @Bean
        DashboardSection enforcementSupervisionSection() {
            return new DashboardSection("LEGAL_REVIEW", "/dashboard/sections/enforcement-supervision", 30);
        }

        @Bean
        DashboardSection enforcementCountsSection() {
            return new DashboardSection("CASE_APPROVE", "/dashboard/sections/enforcement-counts", 30);
        }
    }

    @GetMapping("/dashboard/sections/enforcement-supervision")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    String supervision(Model model) {
        model.addAttribute("s", supervision.signals());
        model.addAttribute("publishedLate", publishedLate());
        return "enforcement/dashboard :: supervision";
    }

    @GetMapping("/dashboard/sections/enforcement-counts")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String counts(Model model) {
        model.addAttribute("s", supervision.signals());
        model.addAttribute("publishedLate", publishedLate());
        Long town = DataScope.currentUser().map(FazhiUser::homeUnit).map(u -> u.townId()).orElse(null);
        model.addAttribute("decided", town == null ? 0
                : statistics.of(LocalDate.now(clock).getYear(), town).casesDecided());
        return "enforcement/dashboard :: counts";
    }

    private long publishedLate() {
        Long town = DataScope.currentUser().map(FazhiUser::homeUnit).map(u -> u.townId()).orElse(null);
        return town == null ? 0 : statistics.of(LocalDate.now(clock).getYear(), town).publishedLate();
    }
}
