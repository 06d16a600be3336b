package org.fazhi.disclosure.web;

import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.disclosure.internal.ApplicationQueries;
import org.fazhi.disclosure.internal.CatalogueService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard section of 政务公开: open applications by due date, overdue ones, on-time rate, late catalogue items. */
@Controller
class DisclosureDashboard {

    private final ApplicationQueries queries;
    private final CatalogueService catalogue;

    DisclosureDashboard(ApplicationQueries queries, CatalogueService catalogue) {
        this.queries = queries;
        this.catalogue = catalogue;
    }

    @GetMapping("/disclosure/dashboard")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String section(Model model) {
        model.addAttribute("d", queries.dashboard());
        model.addAttribute("itemsLate", catalogue.unpublished().stream()
                .filter(i -> i.clock() != null && i.clock().status() == DeadlineStatus.OVERDUE).toList());
        return "disclosure/dashboard :: section";
    }
}
