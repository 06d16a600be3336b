package org.fazhi.emergency.web;

import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation and on the dashboard. */
@Configuration
class EmergencyEntries {

    static final String NAV_GROUP = "nav.group.emergency";

    @Bean
    NavItem emergencyIncidentsNav() {
        return new NavItem(NAV_GROUP, "emergency.nav.incidents", "/emergency/incidents", "EMERGENCY_READ",
                "emergency-incidents", 10);
    }

    @Bean
    NavItem emergencyWarningsNav() {
        return new NavItem(NAV_GROUP, "emergency.nav.warnings", "/emergency/warnings", "EMERGENCY_READ",
                "emergency-warnings", 20);
    }

    @Bean
    NavItem emergencyPlansNav() {
        return new NavItem(NAV_GROUP, "emergency.nav.plans", "/emergency/plans", "EMERGENCY_READ",
                "emergency-plans", 30);
    }

    @Bean
    NavItem emergencyRosterNav() {
        return new NavItem(NAV_GROUP, "emergency.nav.roster", "/emergency/roster", "EMERGENCY_READ",
                "emergency-roster", 40);
    }

    /**
     * 今日值班 on the dashboard of every business desk: everyone must know whom to call. The three administrators hold
     * no business permission ({@code DEADLINE_READ} is every business role's), so the names stay off their dashboard.
     */
    @Bean
    DashboardSection dutyDashboardSection() {
        return new DashboardSection("DEADLINE_READ", "/emergency/duty/section", 5);
    }
}
