package org.fazhi.legalservice.web;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.legalservice.internal.LegalQuestions;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicServiceCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation, the dashboard, the deadline register and the portal. */
@Configuration(proxyBeanMethods = false)
class LegalServiceEntries {

    @Bean
    NavItem legalQuestionsNav() {
        return new NavItem("nav.group.legalservice", "legalservice.nav.questions", "/legal-questions",
                "LEGAL_SERVICE_READ", "legal-questions", 10);
    }

    @Bean
    NavItem legalQuestionsAdvisorNav() {
        return new NavItem("nav.group.legalservice", "legalservice.nav.inbox", "/legal-questions",
                "LEGAL_SERVICE_ANSWER", "legal-questions", 20);
    }

    @Bean
    NavItem servicePointsNav() {
        return new NavItem("nav.group.legalservice", "legalservice.nav.points", "/legal-services/service-points",
                "LEGAL_SERVICE_READ", "legal-points", 30);
    }

    @Bean
    NavItem broadcastsNav() {
        return new NavItem("nav.group.legalservice", "legalservice.nav.broadcasts", "/legal-services/broadcasts",
                "LEGAL_SERVICE_READ", "legal-broadcasts", 40);
    }

    @Bean
    PublicServiceCard servicePointsCard() {
        return new PublicServiceCard("legalservice.portal.points", "legalservice.portal.points.desc",
                "legal-services/service-points", 41);
    }

    @Bean
    PublicServiceCard broadcastsCard() {
        return new PublicServiceCard("legalservice.portal.broadcasts", "legalservice.portal.broadcasts.desc",
                "legal-services/broadcasts", 42);
    }

    /**
     * A question's answer clock in the deadline register, linked to the question: listed to the judicial office,
     * which reads every question of its town. Not to counsel: the register lists a town user every clock of the
     * town's units, and an advisor reads only the questions it holds — its own clocks are on its inbox and dashboard.
     */
    @Bean
    ClockSubject legalQuestionClockSubject() {
        return new ClockSubject(LegalQuestions.CLOCK_SUBJECT, "LEGAL_SERVICE_MANAGE", "/legal-questions/{id}");
    }

    @Bean
    DashboardSection legalServiceSection() {
        return new DashboardSection("LEGAL_SERVICE_READ", "/legal-questions/section", 38);
    }

    @Bean
    DashboardSection legalServiceAdvisorSection() {
        return new DashboardSection("LEGAL_SERVICE_ANSWER", "/legal-questions/section", 39);
    }

    @Bean
    PublicServiceCard legalQuestionCard() {
        return new PublicServiceCard("legalservice.portal.card", "legalservice.portal.card.desc", "legal-questions",
                40);
    }
}
