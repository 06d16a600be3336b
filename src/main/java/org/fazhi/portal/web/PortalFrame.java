package org.fazhi.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the frame of every portal page ({@code fragments/portal}) shows, whichever module's page it is: the town the
 * page belongs to (from the {@code {town}} of its path) and the link to its front page, the publishing authority, the
 * day of the page, and whether there are other towns to go to.
 */
@ControllerAdvice
class PortalFrame {

    private final PublicTowns towns;
    private final Clock clock;

    PortalFrame(PublicTowns towns, Clock clock) {
        this.towns = towns;
        this.clock = clock;
    }

    @ModelAttribute
    void frame(HttpServletRequest rq, Model model) {
        String path = rq.getRequestURI().substring(rq.getContextPath().length());
        if (!path.equals("/") && !path.equals("/portal") && !path.startsWith("/portal/")) {
            return;
        }
        OrgUnitView town = null;
        if (rq.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
                && vars.get("town") instanceof String key) {
            town = towns.byKey(key).orElse(null);
        }
        OrgUnitView publisher = town != null ? town : towns.district().orElse(null);
        model.addAttribute("portalTown", town);
        model.addAttribute("portalBase", town == null ? "/portal" : towns.portalPath(town, ""));
        model.addAttribute("portalPublisher", publisher == null ? "" : publisher.name());
        model.addAttribute("portalTownCount", towns.all().size());
        model.addAttribute("updatedOn", LocalDate.now(clock));
    }
}
