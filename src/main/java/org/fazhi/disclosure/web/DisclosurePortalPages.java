package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.FazhiApplication;
import org.fazhi.disclosure.internal.ApplicantType;
import org.fazhi.disclosure.internal.ApplicationService;
import org.fazhi.disclosure.internal.CatalogueItem;
import org.fazhi.disclosure.internal.CatalogueService;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.disclosure.internal.ItemCategory;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.web.FormPages;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 政务公开 on the public portal: the catalogue, the application form (art. 29 asks the applicant's name, identity,
 * contact, a description of the information and how to receive it) and the progress page by tracking code. Nothing
 * personal is ever shown; a tracking code shows only its own application.
 */
@Controller
@PublicEndpoint
class DisclosurePortalPages {

    static final int PAGE_SIZE = 20;

    private final CatalogueService catalogue;
    private final ApplicationService applications;
    private final PublicTracking tracking;
    private final OrgDirectory directory;
    private final FormPages forms;

    DisclosurePortalPages(CatalogueService catalogue, ApplicationService applications, PublicTracking tracking,
                          OrgDirectory directory, FormPages forms) {
        this.forms = forms;
        this.catalogue = catalogue;
        this.applications = applications;
        this.tracking = tracking;
        this.directory = directory;
    }

    @ModelAttribute("updatedOn")
    LocalDate updatedOn() {
        return LocalDate.now(FazhiApplication.ZONE);
    }

    @GetMapping("/portal/disclosure")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 50) {
            query = query.substring(0, 50);
        }
        ItemCategory c = Arrays.stream(ItemCategory.values()).filter(x -> x.name().equals(category)).findFirst()
                .orElse(null);
        String finalQuery = query;
        Page<CatalogueItem> result = DataScope.asSystem(() -> catalogue.search(finalQuery, c, null, true, page,
                PAGE_SIZE));
        model.addAttribute("q", query);
        model.addAttribute("category", c);
        model.addAttribute("categories", ItemCategory.values());
        model.addAttribute("page", result);
        model.addAttribute("towns", townNames());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/portal/disclosure").queryParam("q", query)
                .queryParamIfPresent("category", java.util.Optional.ofNullable(c)).encode().build().toUriString());
        return "disclosure/portal-catalogue";
    }

    @GetMapping("/portal/disclosure/items/{id}")
    String item(@PathVariable long id, Model model) {
        CatalogueItem item = DataScope.asSystem(() -> catalogue.get(id));
        if (item.publishedOn() == null) {
            throw new NotFound("disclosure-item", id);
        }
        model.addAttribute("item", item);
        model.addAttribute("lifecycle", CatalogueJson.lifecycle(item));
        model.addAttribute("town", directory.get(item.getTownId()).name());
        return "disclosure/portal-item";
    }

    /** The fields of the application form, kept on a failed submit so that nothing typed is lost. */
    public record ApplyForm(Long orgUnitId, String applicantType, String applicantName, String idNumber,
                            String phone, String address, String content, String delivery) {
    }

    @GetMapping("/portal/disclosure/apply")
    String applyForm(Model model) {
        model.addAttribute("form", new ApplyForm(null, "NATURAL_PERSON", null, null, null, null, null, null));
        return applyPage(model);
    }

    @PostMapping("/portal/disclosure/apply")
    String apply(@RequestParam Map<String, String> p, Model model) {
        Long town = null;
        try {
            town = p.get("orgUnitId") == null ? null : Long.valueOf(p.get("orgUnitId"));
        } catch (NumberFormatException e) {
            // left empty: the service names the missing town
        }
        ApplyForm form = new ApplyForm(town, p.get("applicantType"), p.get("applicantName"), p.get("idNumber"),
                p.get("phone"), p.get("address"), p.get("content"), p.get("delivery"));
        model.addAttribute("form", form);
        return forms.submit(model, () -> {
            DisclosureApplication a = DataScope.asSystem(() -> applications.submitOnline(form.orgUnitId(),
                    new ApplicationService.ApplicantInput(form.applicantType(), form.applicantName(),
                            form.idNumber(), form.phone(), form.address(), form.content(), form.delivery())));
            return "redirect:/portal/disclosure/track?code=" + a.trackingCode() + "&new=true";
        }, () -> applyPage(model));
    }

    private String applyPage(Model model) {
        model.addAttribute("towns", directory.towns());
        model.addAttribute("types", ApplicantType.values());
        return "disclosure/portal-apply";
    }

    @GetMapping("/portal/disclosure/track")
    String track(@RequestParam(required = false) String code, @RequestParam(name = "new", defaultValue = "false") boolean isNew, Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("isNew", isNew);
        if (code != null && !code.isBlank()) {
            try {
                PublicTracking.Tracked t = tracking.find(code);
                model.addAttribute("app", t.application());
                model.addAttribute("dueOn", ApplicationJson.dueOn(t.application(), t.clock()));
                model.addAttribute("town", directory.get(t.application().getTownId()).name());
            } catch (NotFound e) {
                model.addAttribute("notFound", true);
            }
        }
        return "disclosure/portal-track";
    }

    private Map<Long, String> townNames() {
        Map<Long, String> names = new HashMap<>();
        directory.towns().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }
}
