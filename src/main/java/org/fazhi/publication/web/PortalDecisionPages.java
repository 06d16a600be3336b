package org.fazhi.publication.web;

import java.time.LocalDate;
import org.fazhi.FazhiApplication;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.internal.PublicDecisionQuery;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 执法公示 on the public portal, made for phones. */
@Controller
@PublicEndpoint
class PortalDecisionPages {

    private final PublicDecisionQuery query;

    PortalDecisionPages(PublicDecisionQuery query) {
        this.query = query;
    }

    @GetMapping("/portal/enforcement")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String clean = q == null ? "" : q.strip();
        if (clean.length() > PublicDecisionApi.MAX_QUERY) {
            clean = clean.substring(0, PublicDecisionApi.MAX_QUERY);
        }
        String search = clean;
        int p = Math.max(page, 0);
        var result = DataScope.asSystem(() -> query.search(search, p, PublicDecisionApi.DEFAULT_SIZE));
        model.addAttribute("q", clean);
        model.addAttribute("result", result);
        model.addAttribute("page", p);
        model.addAttribute("pages", (result.total() + PublicDecisionApi.DEFAULT_SIZE - 1) / PublicDecisionApi.DEFAULT_SIZE);
        model.addAttribute("updatedOn", LocalDate.now(FazhiApplication.ZONE));
        return "publication/portal";
    }
}
