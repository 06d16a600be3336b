package org.fazhi.supervision.web;

import java.util.List;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.web.FormPages;
import org.fazhi.supervision.internal.Complaints;
import org.fazhi.supervision.internal.EnforcementComplaint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 执法投诉举报 on the portal (no login, rate-limited, made for a phone): the form, and the tracking page that shows the
 * state, the dates and the reply — never the complainant, the content or anyone else's complaint.
 */
@Controller
@PublicEndpoint
class PortalComplaints {

    private final Complaints complaints;
    private final OrgDirectory directory;
    private final PublicTowns towns;
    private final FormPages forms;

    PortalComplaints(Complaints complaints, OrgDirectory directory, PublicTowns towns, FormPages forms) {
        this.complaints = complaints;
        this.directory = directory;
        this.towns = towns;
        this.forms = forms;
    }

    /** The form as the complainant fills it in. */
    record ComplaintForm(Long orgUnitId, String subject, String content, String complainantName,
                         String complainantPhone, Boolean anonymous) {
    }

    @GetMapping("/portal/{town}/enforcement-complaints")
    String form(@PathVariable String town, Model model) {
        model.addAttribute("units", unitsOf(towns.get(town)));
        return "supervision/portal-form";
    }

    @PostMapping("/portal/{town}/enforcement-complaints")
    String submit(@PathVariable String town, @ModelAttribute("complaint") ComplaintForm f, BindingResult binding,
                  Model model) {
        OrgUnitView t = towns.get(town);
        return forms.submit(model, f, binding, () -> {
            Long unit = f.orgUnitId() != null && unitsOf(t).stream().anyMatch(u -> u.id() == f.orgUnitId())
                    ? f.orgUnitId() : null;
            EnforcementComplaint c = DataScope.asSystem(() -> complaints.submitOnline(new Complaints.NewComplaint(
                    null, unit, f.subject(), null, null, f.content(), f.anonymous(), f.complainantName(),
                    f.complainantPhone(), null)));
            return "redirect:" + towns.portalPath(t, "enforcement-complaints/track") + "?new=true&code="
                    + c.getTrackingCode();
        }, () -> {
            model.addAttribute("units", unitsOf(t));
            return "supervision/portal-form";
        });
    }

    @GetMapping("/portal/{town}/enforcement-complaints/track")
    String track(@PathVariable String town, @RequestParam(required = false) String code,
                 @RequestParam(name = "new", defaultValue = "false") boolean isNew, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("code", code == null ? "" : PublicQuery.text(code));
        model.addAttribute("isNew", isNew);
        if (code != null && !code.isBlank()) {
            DataScope.asSystem(() -> complaints.byTrackingCode(code).filter(c -> c.getTownId() == t.id())
                    .map(c -> PublicComplaintApi.TrackedJson.of(c, complaints)))
                    .ifPresentOrElse(x -> model.addAttribute("tracked", x), () -> model.addAttribute("notFound", true));
        }
        return "supervision/portal-track";
    }

    /** The town and its departments, which a complaint may be about. */
    private List<OrgUnitView> unitsOf(OrgUnitView town) {
        return directory.all().stream().filter(u -> u.townId() != null && u.townId() == town.id())
                .filter(u -> u.type() != OrgUnitType.VILLAGE).toList();
    }
}
