package org.fazhi.mediation.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.fazhi.deadline.PublicDate;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.internal.Dispute;
import org.fazhi.mediation.internal.DisputeCommands.PublicRequest;
import org.fazhi.mediation.internal.DisputeService;
import org.fazhi.mediation.internal.DisputeStatus;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicContact;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.web.FormPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 申请调解 — the public asks a town for mediation on its portal (no login, rate-limited). The request becomes a dispute
 * on application through the portal, held by the town committee; the applicant gets its case number and a tracking
 * code, and follows it on the tracking page — its state and dates, never a name, a phone or what the dispute is about —
 * with the committee's phone and address to call or visit.
 */
@Controller
@PublicEndpoint
class PortalMediation {

    private final DisputeService service;
    private final OrgDirectory directory;
    private final PublicTowns towns;
    private final FormPages forms;

    PortalMediation(DisputeService service, OrgDirectory directory, PublicTowns towns, FormPages forms) {
        this.service = service;
        this.directory = directory;
        this.towns = towns;
        this.forms = forms;
    }

    /** The receipt: the case number to quote when calling the committee and the code to follow the request with. */
    record Receipt(String caseNo, String trackingCode) {
    }

    /**
     * What the holder of a tracking code sees: no personal data.
     *
     * @param dueOn             the conclusion target while the request is open (1 month, 司法部令第75号第33条)
     * @param dueOnProvisional  whether that date depends on a year whose official calendar is not entered yet
     */
    record Tracking(String trackingCode, String caseNo, String town, String committee, LocalDate receivedOn,
                    DisputeStatus status, String statusLabel, LocalDate dueOn, boolean dueOnProvisional,
                    LocalDate concludedOn, PublicContact contact) {
    }

    @GetMapping("/portal/{town}/mediation/apply")
    String form(@PathVariable String town, Model model) {
        formModel(towns.get(town), model);
        return "mediation/apply";
    }

    @PostMapping("/portal/{town}/mediation/apply")
    String apply(@PathVariable String town, @ModelAttribute PublicRequest request, BindingResult binding,
                 Model model) {
        OrgUnitView t = towns.get(town);
        return forms.submit(model, request, binding, () -> {
            Dispute d = DataScope.asSystem(() -> service.registerPublic(t.id(), request));
            return "redirect:" + towns.portalPath(t, "mediation/track") + "?new=true&code=" + d.getTrackingCode();
        }, () -> {
            formModel(t, model);
            return "mediation/apply";
        });
    }

    /** 调解进度查询 — the request a tracking code names, on the portal of its town. */
    @GetMapping("/portal/{town}/mediation/track")
    String track(@PathVariable String town, @RequestParam(required = false) String code,
                 @RequestParam(name = "new", defaultValue = "false") boolean isNew, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("code", code == null ? "" : PublicQuery.text(code));
        model.addAttribute("isNew", isNew);
        if (code != null && !code.isBlank()) {
            DataScope.asSystem(() -> service.track(code)).filter(x -> x.dispute().getTownId() == t.id())
                    .ifPresentOrElse(x -> {
                        model.addAttribute("code", x.dispute().getTrackingCode());
                        model.addAttribute("tracked", tracking(x));
                        model.addAttribute("due", due(x));
                    }, () -> model.addAttribute("notFound", true));
        }
        return "mediation/track";
    }

    @PostMapping("/api/public/v1/mediation/requests")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "在线申请人民调解（村居决定受理的乡镇）；返回受理编号和查询码")
    Receipt request(@Valid @RequestBody PublicRequest request) {
        Dispute d = DataScope.asSystem(() -> service.registerPublic(null, request));
        return new Receipt(d.getCaseNo(), d.getTrackingCode());
    }

    @GetMapping("/api/public/v1/mediation/requests/{trackingCode}")
    @ResponseBody
    @Operation(summary = "凭查询码查询调解申请的办理状态和日期（不含个人信息）")
    Tracking trackJson(@PathVariable String trackingCode) {
        return DataScope.asSystem(() -> service.track(trackingCode)).map(this::tracking)
                .orElseThrow(() -> new NotFound("mediation-request", 0));
    }

    private Tracking tracking(DisputeService.Tracked x) {
        Dispute d = x.dispute();
        PublicDate due = due(x);
        return new Tracking(d.getTrackingCode(), d.getCaseNo(), directory.get(d.getTownId()).name(),
                directory.get(d.getHolderUnitId()).name(), d.getAcceptedOn(), d.getStatus(), d.getStatus().label(),
                due.date(), due.provisional(), d.getConcludedOn(),
                service.contactOf(d.getHolderUnitId(), d.getTownId()));
    }

    /** The conclusion target while the request is open; none once it is concluded. */
    private static PublicDate due(DisputeService.Tracked x) {
        return x.dispute().getStatus().open() ? PublicDate.of(x.conclusionClock()) : PublicDate.NONE;
    }

    private void formModel(OrgUnitView town, Model model) {
        OrgUnitView committee = service.townCommittee(town.id());
        model.addAttribute("villages", directory.villagesOf(town.id()));
        model.addAttribute("categories", DisputeCategory.values());
        model.addAttribute("committee", committee.name());
        model.addAttribute("contact", service.contactOf(committee.id(), town.id()));
    }
}
