package org.fazhi.portal.web;

import java.util.Comparator;
import java.util.List;
import org.fazhi.portal.PublicServiceCard;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 公众门户首页 — the public portal home. */
@Controller
@PublicEndpoint
class PortalController {

    private final List<PublicServiceCard> cards;

    PortalController(List<PublicServiceCard> cards) {
        this.cards = cards.stream().sorted(Comparator.comparingInt(PublicServiceCard::order)).toList();
    }

    @GetMapping({"/", "/portal"})
    String home(Model model) {
        model.addAttribute("cards", cards);
        model.addAttribute("updatedOn", java.time.LocalDate.now(org.fazhi.FazhiApplication.ZONE));
        return "portal/home";
    }
}
