package org.fazhi.enforcement.web;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation and the deadline register. */
@Configuration(proxyBeanMethods = false)
class EnforcementEntries {
    @Bean
    NavItem enforcementCasesNav() {
        return new NavItem("nav.group.enforcement", "enforcement.nav.cases", "/enforcement/cases",
                "ENFORCEMENT_READ", "enforcement", 20);
    }

    /** A case's clocks in the deadline register: read with ENFORCEMENT_READ, linked to the case. */
    @Bean
    ClockSubject caseClockSubject() {
        return new ClockSubject(org.fazhi.enforcement.internal.CaseClock.SUBJECT, "ENFORCEMENT_READ",
                "/enforcement/cases/{id}");
    }

    @Bean
    ClockSubject measureClockSubject() {
        return new ClockSubject(org.fazhi.enforcement.internal.MeasureClock.SUBJECT, "ENFORCEMENT_READ",
                "/enforcement/coercive-measures/{id}");
    }
}
