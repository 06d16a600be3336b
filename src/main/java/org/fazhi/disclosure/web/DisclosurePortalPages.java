package org.fazhi.disclosure.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.disclosure.internal.ApplicantType;
import org.fazhi.disclosure.internal.ApplicationService;
import org.fazhi.disclosure.internal.CatalogueItem;
import org.fazhi.disclosure.internal.CatalogueService;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.disclosure.internal.ItemCategory;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.web.FormPages;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 政务公开 on a town's portal: the town's catalogue, the application form to the town (art. 29 asks the applicant's
 * name, identity, contact, a description of the information and how to receive it) and the progress page by
 * tracking code. Nothing personal is ever shown; a tracking code shows only its own application, on its town's portal.
 */
@Controller
@PublicEndpoint
class DisclosurePortalPages {

    static final int PAGE_SIZE = 20;

    private final CatalogueService catalogue;
    private final ApplicationService applications;
    private final PublicTracking tracking;
    private final OrgDirectory directory;
    private final PublicTowns towns;
    private final OfficialCalendar calendar;
    private final FormPages forms;

    DisclosurePortalPages(CatalogueService catalogue, ApplicationService applications, PublicTracking tracking,
                          OrgDirectory directory, PublicTowns towns, OfficialCalendar calendar, FormPages forms) {
        this.forms = forms;
        this.catalogue = catalogue;
        this.applications = applications;
        this.tracking = tracking;
        this.directory = directory;
        this.towns = towns;
        this.calendar = calendar;
    }

    @GetMapping("/portal/{town}/disclosure")
    String catalogue(@PathVariable String town, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        OrgUnitView t = towns.get(town);
        String query = PublicQuery.text(q);
        ItemCategory c = Arrays.stream(ItemCategory.values()).filter(x -> x.name().equals(category)).findFirst()
                .orElse(null);
        Page<CatalogueItem> result = DataScope.asSystem(() -> catalogue.search(query, c, t.id(), true, page,
                PAGE_SIZE));
        model.addAttribute("q", query);
        model.addAttribute("category", c);
        model.addAttribute("categories", ItemCategory.values());
        model.addAttribute("page", result);
        model.addAttribute("base", UriComponentsBuilder.fromPath(towns.portalPath(t, "disclosure"))
                .queryParam("q", query).queryParamIfPresent("category", Optional.ofNullable(c)).encode().build()
                .toUriString());
        return "disclosure/portal-catalogue";
    }

    @GetMapping("/portal/{town}/disclosure/items/{id}")
    String item(@PathVariable String town, @PathVariable long id, Model model) {
        OrgUnitView t = towns.get(town);
        CatalogueItem item = DataScope.asSystem(() -> catalogue.get(id));
        if (item.publishedOn() == null || item.getTownId() != t.id()) {
            throw new NotFound("disclosure-item", id);
        }
        model.addAttribute("item", item);
        model.addAttribute("lifecycle", CatalogueJson.lifecycle(item));
        return "disclosure/portal-item";
    }

    /** An item's address from before the portal was per town: the same item on its town's portal. */
    @GetMapping("/portal/disclosure/items/{id}")
    String earlierItem(@PathVariable long id) {
        CatalogueItem item = DataScope.asSystem(() -> catalogue.get(id));
        if (item.publishedOn() == null) {
            throw new NotFound("disclosure-item", id);
        }
        return "redirect:" + towns.portalPath(directory.get(item.getTownId()), "disclosure/items/" + id);
    }

    /** The fields of the application form, kept on a failed submit so that nothing typed is lost. */
    public record ApplyForm(String applicantType, String applicantName, String idNumber, String phone,
                            String address, String content, String delivery) {
    }

    @GetMapping("/portal/{town}/disclosure/apply")
    String applyForm(@PathVariable String town, Model model) {
        towns.get(town);
        model.addAttribute("form", new ApplyForm("NATURAL_PERSON", null, null, null, null, null, null));
        return applyPage(model);
    }

    /** An application to the town whose portal it was made on; that day is the day of receipt (art. 31). */
    @PostMapping("/portal/{town}/disclosure/apply")
    String apply(@PathVariable String town, @RequestParam Map<String, String> p, Model model) {
        OrgUnitView t = towns.get(town);
        ApplyForm form = new ApplyForm(p.get("applicantType"), p.get("applicantName"), p.get("idNumber"),
                p.get("phone"), p.get("address"), p.get("content"), p.get("delivery"));
        model.addAttribute("form", form);
        return forms.submit(model, () -> {
            DisclosureApplication a = DataScope.asSystem(() -> applications.submitOnline(t.id(),
                    new ApplicationService.ApplicantInput(form.applicantType(), form.applicantName(),
                            form.idNumber(), form.phone(), form.address(), form.content(), form.delivery())));
            return "redirect:" + towns.portalPath(t, "disclosure/track") + "?code=" + a.trackingCode() + "&new=true";
        }, () -> applyPage(model));
    }

    private String applyPage(Model model) {
        model.addAttribute("types", ApplicantType.values());
        return "disclosure/portal-apply";
    }

    /** 办理进度查询 — by tracking code, however typed; an application of another town is not found here. */
    @GetMapping("/portal/{town}/disclosure/track")
    String track(@PathVariable String town, @RequestParam(required = false) String code,
                 @RequestParam(name = "new", defaultValue = "false") boolean isNew, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("code", code == null ? "" : PublicQuery.text(code));
        model.addAttribute("isNew", isNew);
        if (code != null && !code.isBlank()) {
            Optional<PublicTracking.Tracked> found = tracking.lookUp(code)
                    .filter(x -> x.application().getTownId() == t.id());
            if (found.isPresent()) {
                DisclosureApplication a = found.get().application();
                model.addAttribute("code", a.trackingCode());
                model.addAttribute("app", a);
                model.addAttribute("due", tracking.due(found.get()));
                model.addAttribute("feePayBy", calendar.forPublic(a.fee().payBy()));
            } else {
                model.addAttribute("notFound", true);
            }
        }
        return "disclosure/portal-track";
    }

    /**
     * The tracking page's address from before the portal was per town (the receipts of earlier applications print
     * it): the application's own town, else the only town, else the district's front page.
     */
    @GetMapping("/portal/disclosure/track")
    String earlierTrack(@RequestParam(required = false) String code, HttpServletRequest rq) {
        Optional<OrgUnitView> town = code == null ? Optional.empty() : tracking.lookUp(code)
                .map(x -> directory.get(x.application().getTownId()));
        return town.or(towns::only).map(t -> "redirect:" + towns.portalPath(t, "disclosure/track")
                        + (rq.getQueryString() == null ? "" : "?" + rq.getQueryString()))
                .orElse("redirect:/portal?next=disclosure/track");
    }
}
