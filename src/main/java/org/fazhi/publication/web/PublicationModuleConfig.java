package org.fazhi.publication.web;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.internal.PublicDecisionQuery;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicSearch;
import org.fazhi.shared.PublicServiceCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the publication desk shows itself: navigation, dashboard, portal card and portal search. */
@Configuration(proxyBeanMethods = false)
class PublicationModuleConfig {

    @Bean
    NavItem publicationDeskNav() {
        return new NavItem("nav.group.enforcement", "publication.nav.desk", "/publications", "ENFORCEMENT_READ",
                "publications", 30);
    }

    /** A publication's clocks in the deadline register: read with ENFORCEMENT_READ, linked to the publication. */
    @Bean
    ClockSubject publicationClockSubject() {
        return new ClockSubject(org.fazhi.publication.internal.Publication.CLOCK_SUBJECT, "ENFORCEMENT_READ", "/publications/{id}");
    }

    @Bean
    DashboardSection publicationSection() {
        return new DashboardSection("ENFORCEMENT_READ", "/dashboard/sections/publications", 30);
    }

    @Bean
    PublicServiceCard enforcementDisclosureCard() {
        return new PublicServiceCard("portal.service.enforcement", "portal.service.enforcement.desc",
                "enforcement", 20);
    }

    /** The portal's search box: the same search, and so the same total, as the 执法公示 page for the same words. */
    @Bean
    PublicSearch enforcementDisclosureSearch(PublicDecisionQuery query) {
        return (townId, q, limit) -> {
            PublicDecisionQuery.Result r = DataScope.asSystem(() -> query.search(townId, q, 0, limit));
            return new PublicSearch.Section("portal.service.enforcement", r.total(), r.items().stream()
                    .map(d -> new PublicSearch.Hit(d.title(),
                            d.decisionNumber() == null ? d.caseNumber() : d.decisionNumber(), "enforcement/" + d.id()))
                    .toList(), "enforcement?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        };
    }

}
