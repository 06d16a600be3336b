package org.fazhi.mediation.internal;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicServiceCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation, the dashboard and the portal. */
@Configuration
class MediationModuleConfig {

    static final String NAV_GROUP = "nav.group.mediation";

    @Bean
    NavItem mediationDisputesNav() {
        return new NavItem(NAV_GROUP, "mediation.nav.disputes", "/mediation/disputes", "MEDIATION_READ",
                "mediation-disputes", 10);
    }

    @Bean
    NavItem mediationCampaignsNav() {
        return new NavItem(NAV_GROUP, "mediation.nav.campaigns", "/mediation/campaigns", "MEDIATION_READ",
                "mediation-campaigns", 20);
    }

    @Bean
    NavItem mediationStatisticsNav() {
        return new NavItem(NAV_GROUP, "mediation.nav.statistics", "/mediation/statistics", "MEDIATION_READ",
                "mediation-statistics", 30);
    }

    /** A dispute's clocks in the deadline register: read with MEDIATION_READ, linked to the dispute. */
    @Bean
    ClockSubject disputeClockSubject() {
        return new ClockSubject(DisputeClock.SUBJECT, "MEDIATION_READ", "/mediation/disputes/{id}");
    }

    @Bean
    DashboardSection mediationDashboardSection() {
        return new DashboardSection("MEDIATION_READ", "/mediation/section", 30);
    }

    @Bean
    PublicServiceCard mediationPublicCard() {
        return new PublicServiceCard("mediation.portal.card.title", "mediation.portal.card.description",
                "mediation/apply", 40);
    }
}
