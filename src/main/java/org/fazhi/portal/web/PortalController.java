package org.fazhi.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.shared.PortalNotices;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.PublicSearch;
import org.fazhi.shared.PublicServiceCard;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * 公众门户 — the public portal. Each town has its own ({@code /portal/<town>}: its services, its search box); the
 * district's front page lists the towns. Addresses from before the portal was per town keep working: they lead to the
 * same page of the only town, or, where there are several, to the front page to choose one.
 */
@Controller
@PublicEndpoint
class PortalController {

    /** How many hits of each service the search page shows before its "more" link. */
    static final int HITS_PER_SERVICE = 5;

    /** The pages of the portal from before it was per town, as {@code next} may name them (no query string). */
    private static final Pattern SERVICE_PATH = Pattern.compile("[a-z]+(/[a-z]+)?");

    private final List<PublicServiceCard> cards;
    private final List<PublicSearch> searches;
    private final PublicTowns towns;
    private final List<PortalNotices> notices;

    PortalController(List<PublicServiceCard> cards, List<PublicSearch> searches, PublicTowns towns,
                     List<PortalNotices> notices) {
        this.notices = notices;
        this.cards = cards.stream().sorted(Comparator.comparingInt(PublicServiceCard::order)).toList();
        this.searches = searches;
        this.towns = towns;
    }

    /**
     * The district's front page: the towns to choose from, each leading to its portal (or to the page {@code next}
     * names, when an old address led here); the only town's portal at once when there is one.
     */
    @GetMapping({"/", "/portal"})
    String front(@RequestParam(required = false) String next, Model model) {
        String service = next != null && SERVICE_PATH.matcher(next).matches() ? next : "";
        Optional<OrgUnitView> only = towns.only();
        if (only.isPresent()) {
            return "redirect:" + towns.portalPath(only.get(), service);
        }
        List<TownLink> links = towns.all().stream()
                .map(t -> new TownLink(t.name(), towns.portalPath(t, service), t.demo())).toList();
        model.addAttribute("towns", links);
        return "portal/district";
    }

    /** A town on the front page: its name and where its portal is. */
    record TownLink(String name, String path, boolean demo) {
    }

    /** A town's front page: the notices in force (a public warning's banner), its services and its search box. */
    @GetMapping("/portal/{town}")
    String home(@PathVariable String town, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("notices", notices.stream().flatMap(n -> n.noticesOf(t.id()).stream()).toList());
        model.addAttribute("cards", cards);
        return "portal/home";
    }

    /**
     * 站内搜索 — searches every public service of the town; each service says how many it found (the count its own
     * search page shows) and links to all of them.
     */
    @GetMapping("/portal/{town}/search")
    String search(@PathVariable String town, @RequestParam(required = false) String q, Model model) {
        OrgUnitView t = towns.get(town);
        String query = PublicQuery.text(q);
        List<PublicSearch.Section> sections = new ArrayList<>();
        if (!query.isEmpty()) {
            for (PublicSearch s : searches) {
                sections.add(s.search(t.id(), query, HITS_PER_SERVICE));
            }
            sections.sort(Comparator.comparing(PublicSearch.Section::titleKey));
        }
        model.addAttribute("q", query);
        model.addAttribute("sections", sections);
        model.addAttribute("total", sections.stream().mapToLong(PublicSearch.Section::total).sum());
        return "portal/search";
    }

    /**
     * The portal's addresses from before it was per town: the same page of the only town (a form sent there is sent
     * on, 307), or the district's front page to choose the town. {@code /portal/officers?town=ID} names its town.
     */
    @RequestMapping(value = {"/portal/search", "/portal/enforcement", "/portal/officers", "/portal/mediation/apply",
        "/portal/disclosure", "/portal/disclosure/apply"}, method = {RequestMethod.GET, RequestMethod.POST})
    RedirectView earlier(HttpServletRequest rq, @RequestParam(required = false) String town) {
        String service = rq.getRequestURI().substring(rq.getContextPath().length() + "/portal/".length());
        Optional<OrgUnitView> t = town == null ? towns.only() : towns.byKey(town).or(towns::only);
        RedirectView r;
        if (t.isPresent()) {
            String query = rq.getQueryString();
            r = new RedirectView(towns.portalPath(t.get(), service) + (query == null ? "" : "?" + query), true);
            r.setStatusCode("POST".equals(rq.getMethod()) ? HttpStatus.TEMPORARY_REDIRECT : HttpStatus.FOUND);
        } else {
            r = new RedirectView("/portal?next=" + service, true);
            r.setStatusCode(HttpStatus.SEE_OTHER);
        }
        r.setExposeModelAttributes(false);
        return r;
    }
}
