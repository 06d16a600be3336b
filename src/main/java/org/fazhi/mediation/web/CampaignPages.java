package org.fazhi.mediation.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.fazhi.mediation.internal.CampaignService;
import org.fazhi.mediation.internal.CampaignTheme;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.web.FormPages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 专项排查页面 — campaigns with their coverage and results; a village's tasks and its reports. */
@Controller
class CampaignPages {

    private final CampaignService campaigns;
    private final DataScope dataScope;
    private final OrgDirectory directory;
    private final FormPages forms;

    CampaignPages(CampaignService campaigns, DataScope dataScope, OrgDirectory directory, FormPages forms) {
        this.campaigns = campaigns;
        this.dataScope = dataScope;
        this.directory = directory;
        this.forms = forms;
    }

    record OpenForm(String title, CampaignTheme theme, @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn, List<Long> villageIds, String plan) {
    }

    record NoRiskForm(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String note) {
    }

    @GetMapping("/mediation/campaigns")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.campaigns().stream().map(c -> campaigns.view(c.getId())).toList());
        model.addAttribute("assignments", campaigns.assignments());
        model.addAttribute("mayOpen", campaigns.mayOpen());
        model.addAttribute("themes", CampaignTheme.values());
        model.addAttribute("villages", dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.VILLAGE)
                .toList());
        model.addAttribute("today", LocalDate.now(FazhiApplication.ZONE));
        return "mediation/campaigns";
    }

    @PostMapping("/mediation/campaigns")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String open(@ModelAttribute OpenForm form, BindingResult binding, RedirectAttributes redirect, Model model) {
        var command = new CampaignService.OpenCampaign(form.title(), form.theme(), form.startsOn(), form.endsOn(),
                form.villageIds() == null ? List.of() : form.villageIds(), form.plan());
        return forms.submit(model, command, binding, () -> {
            var c = campaigns.open(command);
            redirect.addFlashAttribute("success", "mediation.campaign.opened");
            return "redirect:/mediation/campaigns/" + c.getId();
        }, () -> list(model));
    }

    @GetMapping("/mediation/campaigns/{id}")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("v", campaigns.view(id));
        model.addAttribute("names", new Names(directory));
        return "mediation/campaign";
    }

    @PostMapping("/mediation/campaign-assignments/{id}/no-risk")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String noRisk(@PathVariable long id, @ModelAttribute NoRiskForm form, BindingResult binding,
                  RedirectAttributes redirect, Model model) {
        var command = new CampaignService.NoRisk(form.on(), form.note());
        return forms.submit(model, command, binding, () -> {
            campaigns.reportNoRisk(id, command);
            redirect.addFlashAttribute("success", "mediation.saved");
            return "redirect:/mediation/campaigns";
        }, () -> list(model));
    }

    /** Unit names for templates. */
    record Names(OrgDirectory directory) {
        public String of(Long id) {
            return id == null ? "" : directory.find(id).map(OrgUnitView::name).orElse("");
        }
    }
}
