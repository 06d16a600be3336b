package org.fazhi.supervision.web;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicServiceCard;
import org.fazhi.supervision.internal.Complaints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation, the portal and the deadline register. */
@Configuration(proxyBeanMethods = false)
class SupervisionEntries {

    @Bean
    NavItem supervisionComplaintsNav() {
        return new NavItem("nav.group.supervision", "supervision.nav.complaints", "/supervision/complaints",
                "SUPERVISION_READ", "supervision-complaints", 10);
    }

    @Bean
    NavItem supervisionFindingsNav() {
        return new NavItem("nav.group.supervision", "supervision.nav.findings", "/supervision/findings",
                "SUPERVISION_READ", "supervision-findings", 20);
    }

    /** The departments reach the notices sent to them, to answer with their correction. */
    @Bean
    NavItem supervisionNoticesNav() {
        return new NavItem("nav.group.supervision", "supervision.nav.notices", "/supervision/findings",
                "SUPERVISION_ANSWER", "supervision-findings", 25);
    }

    @Bean
    NavItem supervisionReviewsNav() {
        return new NavItem("nav.group.supervision", "supervision.nav.reviews", "/supervision/reviews",
                "SUPERVISION_READ", "supervision-reviews", 28);
    }

    @Bean
    NavItem supervisionOverviewNav() {
        return new NavItem("nav.group.supervision", "supervision.nav.overview", "/supervision/overview",
                "SUPERVISION_READ", "supervision-overview", 30);
    }

    /** The open complaints and findings on the dashboard of the judicial office, the leadership and the district. */
    @Bean
    DashboardSection supervisionDashboardSection() {
        return new DashboardSection("SUPERVISION_READ", "/supervision/section", 38);
    }

    /** The portal's card for complaints about enforcement. */
    @Bean
    PublicServiceCard enforcementComplaintCard() {
        return new PublicServiceCard("supervision.portal.title", "supervision.portal.description",
                "enforcement-complaints", 60);
    }

    /** A complaint's clocks in the deadline register: linked to the complaint, read as the complaint is. */
    @Bean
    ClockSubject supervisionComplaintClockSubject() {
        return new ClockSubject(Complaints.CLOCK_SUBJECT, "SUPERVISION_READ", "/supervision/complaints/{id}");
    }
}
