package org.fazhi.disclosure.internal;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.files.AttachmentOwner;
import org.fazhi.files.AttachmentOwners;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.Permission;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicSearch;
import org.fazhi.shared.PublicServiceCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** What the disclosure module adds to the platform: navigation, dashboard section, portal cards and search. */
@Configuration(proxyBeanMethods = false)
class DisclosureModuleConfig {

    // --- 依申请公开 (applications) ---

    @Bean
    NavItem disclosureApplicationsNav() {
        return new NavItem(NAV_GROUP, "disclosure.nav.applications", "/disclosure/applications",
                Permission.DISCLOSURE_READ.name(), "disclosure-applications", 10);
    }

    // --- end of 依申请公开 ---

    /** An application's clocks in the deadline register: read with DISCLOSURE_READ, linked to the application. */
    @Bean
    ClockSubject applicationClockSubject() {
        return new ClockSubject(DisclosureApplication.CLOCK_SUBJECT, Permission.DISCLOSURE_READ.name(),
                "/disclosure/applications/{id}");
    }

    /** A catalogue item's publication clock in the deadline register, linked to the item. */
    @Bean
    ClockSubject catalogueItemClockSubject() {
        return new ClockSubject(CatalogueItem.CLOCK_SUBJECT, Permission.DISCLOSURE_READ.name(),
                "/disclosure/items/{id}");
    }

    @Bean
    DashboardSection disclosureDashboardSection() {
        return new DashboardSection(Permission.DISCLOSURE_READ.name(), "/disclosure/dashboard", 40);
    }

    @Bean
    PublicServiceCard disclosureCatalogueCard() {
        return new PublicServiceCard("portal.service.disclosure", "portal.service.disclosure.desc",
                "disclosure", 30);
    }

    @Bean
    PublicServiceCard disclosureApplicationCard() {
        return new PublicServiceCard("portal.service.application", "portal.service.application.desc",
                "disclosure/apply", 31);
    }

    // console pages of the catalogue and the annual report
    static final String NAV_GROUP = "nav.group.disclosure";

    @Bean
    NavItem disclosureCatalogueNav() {
        return new NavItem(NAV_GROUP, "disclosure.nav.catalogue", "/disclosure/items",
                Permission.DISCLOSURE_READ.name(), "disclosure-items", 20);
    }

    @Bean
    NavItem disclosureReportNav() {
        return new NavItem(NAV_GROUP, "disclosure.nav.report", "/disclosure/annual-report",
                Permission.DISCLOSURE_READ.name(), "disclosure-report", 30);
    }

    /**
     * 政务公开目录 in the portal's search box: the town's published items, by the same search (and so with the same
     * total) as the catalogue page.
     */
    @Component
    static class CatalogueSearch implements PublicSearch {

        private final CatalogueService catalogue;

        CatalogueSearch(CatalogueService catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public Section search(long townId, String query, int limit) {
            var page = DataScope.asSystem(() -> catalogue.search(query, null, townId, true, 0, limit));
            return new Section("portal.service.disclosure", page.getTotalElements(), page.getContent().stream()
                    .map(i -> new Hit(i.title(), i.body().length() > 80 ? i.body().substring(0, 80) + "…" : i.body(),
                            "disclosure/items/" + i.getId()))
                    .toList(), "disclosure?q=" + java.net.URLEncoder.encode(query,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static final String ITEM_ATTACHMENTS = "disclosure-item";

    /** Files of a catalogue item: read by holders of DISCLOSURE_READ, added by those of DISCLOSURE_WRITE. */
    @Bean
    AttachmentOwner itemAttachmentOwner(AttachmentOwners owners, CatalogueRepository items) {
        return owners.of(ITEM_ATTACHMENTS, items::findById, Permission.DISCLOSURE_READ, Permission.DISCLOSURE_WRITE);
    }
}
