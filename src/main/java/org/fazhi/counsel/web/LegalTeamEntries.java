package org.fazhi.counsel.web;

import org.fazhi.counsel.internal.LegalTeams;
import org.fazhi.deadline.ClockSubject;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation, the dashboard and the deadline register. */
@Configuration(proxyBeanMethods = false)
class LegalTeamEntries {

    static final String NAV_GROUP = "nav.group.counsel";
    static final String READ = "LEGAL_TEAM_READ";

    @Bean
    NavItem legalTeamAdvisorsNav() {
        return new NavItem(NAV_GROUP, "counsel.nav.advisors", "/legal-teams", READ, "legal-teams", 10);
    }

    @Bean
    NavItem legalTeamVillagesNav() {
        return new NavItem(NAV_GROUP, "counsel.nav.villages", "/legal-teams/villages", READ, "legal-team-villages",
                20);
    }

    @Bean
    NavItem legalTeamMembersNav() {
        return new NavItem(NAV_GROUP, "counsel.nav.members", "/legal-teams/members", READ, "legal-team-members", 30);
    }

    @Bean
    NavItem legalTeamServiceNav() {
        return new NavItem(NAV_GROUP, "counsel.nav.service", "/legal-teams/service", READ, "legal-team-service", 40);
    }

    /** An engagement's ending clock in the deadline register: read with LEGAL_TEAM_READ, linked to its village. */
    @Bean
    ClockSubject engagementClockSubject() {
        return new ClockSubject(LegalTeams.CLOCK_SUBJECT, READ, "/legal-teams/engagements/{id}");
    }

    @Bean
    DashboardSection legalTeamDashboardSection() {
        return new DashboardSection(READ, "/legal-teams/section", 35);
    }
}
