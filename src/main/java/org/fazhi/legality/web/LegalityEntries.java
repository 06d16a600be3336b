package org.fazhi.legality.web;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.legality.internal.LegalityReviews;
import org.fazhi.legality.internal.NormativeDocuments;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicServiceCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation, the dashboard and the deadline register. */
@Configuration(proxyBeanMethods = false)
class LegalityEntries {

    @Bean
    NavItem legalityReviewsNav() {
        return new NavItem("nav.group.legality", "legality.nav.reviews", "/legality/reviews", "LEGALITY_READ",
                "legality-reviews", 10);
    }

    @Bean
    NavItem legalityOpinionsNav() {
        return new NavItem("nav.group.legality", "legality.nav.opinions", "/legality/reviews", "LEGALITY_OPINION",
                "legality-reviews", 20);
    }

    @Bean
    NavItem majorDecisionsNav() {
        return new NavItem("nav.group.legality", "legality.nav.decisions", "/legality/decisions", "LEGALITY_READ",
                "legality-decisions", 15);
    }

    @Bean
    NavItem contractsNav() {
        return new NavItem("nav.group.legality", "legality.nav.contracts", "/legality/contracts", "LEGALITY_READ",
                "legality-contracts", 17);
    }

    @Bean
    NavItem normativeDocumentsNav() {
        return new NavItem("nav.group.legality", "legality.nav.documents", "/legality/normative-documents",
                "LEGALITY_READ", "legality-documents", 16);
    }

    /** A normative document's filing clock in the deadline register, linked to the document. */
    @Bean
    ClockSubject normativeDocumentClockSubject() {
        return new ClockSubject(NormativeDocuments.CLOCK_SUBJECT, "LEGALITY_READ",
                "/legality/normative-documents/{id}");
    }

    /** The published normative documents on each town's portal. */
    @Bean
    PublicServiceCard normativeDocumentsCard() {
        return new PublicServiceCard("legality.document.portal.title", "legality.document.portal.description",
                "normative-documents", 36);
    }

    /** 依法决策 on each town's portal: the catalogue, open consultations and published decisions. */
    @Bean
    PublicServiceCard majorDecisionsCard() {
        return new PublicServiceCard("legality.decision.portal.title", "legality.decision.portal.description",
                "major-decisions", 35);
    }

    /** A review's clocks in the deadline register: linked to the review, read as the review is. */
    @Bean
    ClockSubject legalityClockSubject() {
        return new ClockSubject(LegalityReviews.CLOCK_SUBJECT, "LEGALITY_READ", "/legality/reviews/{id}");
    }

    /** Counsel's clock for its opinion: listed to counsel, linked to the review it is asked about. */
    @Bean
    ClockSubject legalityCounselClockSubject() {
        return new ClockSubject(LegalityReviews.COUNSEL_CLOCK_SUBJECT, "LEGALITY_OPINION", "/legality/reviews/{id}");
    }

    @Bean
    DashboardSection legalityDashboardSection() {
        return new DashboardSection("LEGALITY_READ", "/legality/section", 36);
    }

    @Bean
    DashboardSection legalityCounselSection() {
        return new DashboardSection("LEGALITY_OPINION", "/legality/section", 37);
    }
}
