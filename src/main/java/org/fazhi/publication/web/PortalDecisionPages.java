package org.fazhi.publication.web;

import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.internal.PublicDecisionQuery;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.PublicQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 执法公示 on a town's portal, made for phones: the town's published decisions, searchable (by number however typed),
 * and each decision on its own printable page.
 */
@Controller
@PublicEndpoint
class PortalDecisionPages {

    private final PublicDecisionQuery query;
    private final PublicTowns towns;

    PortalDecisionPages(PublicDecisionQuery query, PublicTowns towns) {
        this.query = query;
        this.towns = towns;
    }

    @GetMapping("/portal/{town}/enforcement")
    String list(@PathVariable String town, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        OrgUnitView t = towns.get(town);
        String clean = PublicQuery.text(q);
        int p = Math.max(page, 0);
        var result = DataScope.asSystem(() -> query.search(t.id(), clean, p, PublicDecisionApi.DEFAULT_SIZE));
        model.addAttribute("q", clean);
        model.addAttribute("result", result);
        model.addAttribute("page", p);
        model.addAttribute("pages", (result.total() + PublicDecisionApi.DEFAULT_SIZE - 1)
                / PublicDecisionApi.DEFAULT_SIZE);
        return "publication/portal";
    }

    /** One decision on its own page (a withdrawn one as its stub with the reason), printable. */
    @GetMapping("/portal/{town}/enforcement/{id}")
    String decision(@PathVariable String town, @PathVariable long id, Model model) {
        OrgUnitView t = towns.get(town);
        PublicDecisionQuery.PublicDecision d = DataScope.asSystem(() -> query.get(id))
                .filter(x -> x.townId() == t.id()).orElseThrow(() -> new NotFound("publication", id));
        model.addAttribute("d", d);
        return "publication/portal-decision";
    }
}
