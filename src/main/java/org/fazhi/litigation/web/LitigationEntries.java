package org.fazhi.litigation.web;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.litigation.internal.LitigationCases;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation, the dashboard and the deadline register. */
@Configuration(proxyBeanMethods = false)
class LitigationEntries {

    @Bean
    NavItem litigationCasesNav() {
        return new NavItem("nav.group.litigation", "litigation.nav.cases", "/litigation/cases", "LITIGATION_READ",
                "litigation-cases", 10);
    }

    /** A case's answer clock in the deadline register: linked to the case, read as the case is. */
    @Bean
    ClockSubject litigationClockSubject() {
        return new ClockSubject(LitigationCases.CLOCK_SUBJECT, "LITIGATION_READ", "/litigation/cases/{id}");
    }

    @Bean
    DashboardSection litigationDashboardSection() {
        return new DashboardSection("LITIGATION_READ", "/litigation/section", 38);
    }
}
