package org.fazhi.mediation.web;

import jakarta.validation.Valid;
import java.util.List;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.internal.Dispute;
import org.fazhi.mediation.internal.DisputeCommands.PublicRequest;
import org.fazhi.mediation.internal.DisputeService;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.web.FormPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 申请调解 — the public asks for mediation from the portal (no login, rate-limited). The request becomes a dispute on
 * application through the portal, held by the town committee; the applicant gets its case number as a receipt.
 */
@Controller
@PublicEndpoint
class PortalMediation {

    private final DisputeService service;
    private final OrgDirectory directory;
    private final FormPages forms;

    PortalMediation(DisputeService service, OrgDirectory directory, FormPages forms) {
        this.service = service;
        this.directory = directory;
        this.forms = forms;
    }

    /** The receipt: the case number to quote when calling the committee. */
    record Receipt(String caseNo) {
    }

    @GetMapping("/portal/mediation/apply")
    String form(Model model) {
        formModel(model);
        return "mediation/apply";
    }

    @PostMapping("/portal/mediation/apply")
    String apply(@ModelAttribute PublicRequest request, BindingResult binding, Model model) {
        return forms.submit(model, request, binding, () -> {
            Dispute d = DataScope.asSystem(() -> service.registerPublic(request));
            model.addAttribute("caseNo", d.getCaseNo());
            return form(model);
        }, () -> form(model));
    }

    @PostMapping("/api/public/v1/mediation/requests")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Receipt request(@Valid @RequestBody PublicRequest request) {
        return new Receipt(DataScope.asSystem(() -> service.registerPublic(request)).getCaseNo());
    }

    private void formModel(Model model) {
        List<OrgUnitView> villages = directory.towns().stream().flatMap(t -> directory.villagesOf(t.id()).stream())
                .toList();
        model.addAttribute("villages", villages);
        model.addAttribute("towns", directory.towns());
        model.addAttribute("categories", DisputeCategory.values());
        model.addAttribute("updatedOn", java.time.LocalDate.now(org.fazhi.FazhiApplication.ZONE));
    }
}
