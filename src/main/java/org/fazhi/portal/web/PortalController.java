package org.fazhi.portal.web;

import java.util.Comparator;
import java.util.List;
import org.fazhi.shared.PublicSearch;
import org.fazhi.shared.PublicServiceCard;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 公众门户首页 — the public portal home. */
@Controller
@PublicEndpoint
class PortalController {

    private static final int MAX_HITS_PER_SERVICE = 20;

    private final List<PublicServiceCard> cards;
    private final List<PublicSearch> searches;

    PortalController(List<PublicServiceCard> cards, List<PublicSearch> searches) {
        this.cards = cards.stream().sorted(Comparator.comparingInt(PublicServiceCard::order)).toList();
        this.searches = searches;
    }

    /** 站内搜索 — searches every public service's published, redacted content. */
    @GetMapping("/portal/search")
    String search(@org.springframework.web.bind.annotation.RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 50) {
            query = query.substring(0, 50);
        }
        List<PublicSearch.Hit> hits = new java.util.ArrayList<>();
        if (!query.isEmpty()) {
            for (PublicSearch s : searches) {
                hits.addAll(s.search(query, MAX_HITS_PER_SERVICE));
            }
        }
        model.addAttribute("q", query);
        model.addAttribute("hits", hits);
        model.addAttribute("updatedOn", java.time.LocalDate.now(org.fazhi.FazhiApplication.ZONE));
        return "portal/search";
    }

    @GetMapping({"/", "/portal"})
    String home(Model model) {
        model.addAttribute("cards", cards);
        model.addAttribute("updatedOn", java.time.LocalDate.now(org.fazhi.FazhiApplication.ZONE));
        return "portal/home";
    }
}
