package org.fazhi.emergency.web;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.emergency.internal.IncidentKind;
import org.fazhi.emergency.internal.PlanService;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 应急预案页面 — the plans with their evaluation and drill clocks, a plan's drills, history and document. */
@Controller
class PlanPages {

    private final PlanService plans;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final FormPages forms;
    private final MessageSource messages;
    private final Clock clock;

    PlanPages(PlanService plans, OrgDirectory directory, DataScope dataScope, FormPages forms, MessageSource messages,
              Clock clock) {
        this.plans = plans;
        this.directory = directory;
        this.dataScope = dataScope;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    /** A plan with its two clocks as badges. */
    record Row(PlanService.PlanFile f, DeadlineBadge evaluation, DeadlineBadge drill) {
    }

    private Row row(PlanService.PlanFile f) {
        return new Row(f, f.evaluation().map(d -> DeadlineBadge.of(d, messages)).orElse(null),
                f.drill().map(d -> DeadlineBadge.of(d, messages)).orElse(null));
    }

    @GetMapping("/emergency/plans")
    @PreAuthorize(IncidentPages.READ)
    String list(Model model) {
        model.addAttribute("rows", plans.all().stream().map(p -> row(plans.file(p.getId()))).toList());
        model.addAttribute("kinds", IncidentKind.values());
        model.addAttribute("units", IncidentPages.writableUnits(dataScope));
        model.addAttribute("today", LocalDate.now(clock));
        return "emergency/plans";
    }

    @PostMapping("/emergency/plans")
    @PreAuthorize(IncidentPages.MANAGE)
    String adopt(@RequestParam(required = false) String title, @RequestParam(required = false) String eventKind,
                 @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) String adoptedOn,
                 RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            long id = plans.adopt(title, eventKind, orgUnitId, adoptedOn).getId();
            redirect.addFlashAttribute("success", "emergency.saved");
            return "redirect:/emergency/plans/" + id;
        }, () -> list(model));
    }

    @GetMapping("/emergency/plans/{id}")
    @PreAuthorize(IncidentPages.READ)
    String detail(@PathVariable long id, Model model) {
        PlanService.PlanFile f = plans.file(id);
        model.addAttribute("row", row(f));
        model.addAttribute("p", f.plan());
        model.addAttribute("unit", directory.find(f.plan().getHolderUnitId()).map(OrgUnitView::name).orElse(""));
        model.addAttribute("writable", dataScope.canWriteHeldBy(f.plan().getHolderUnitId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "emergency/plan";
    }

    @PostMapping("/emergency/plans/{id}/drills")
    @PreAuthorize(IncidentPages.MANAGE)
    String drill(@PathVariable long id, @RequestParam(required = false) String heldOn,
                 @RequestParam(required = false) String scenario, @RequestParam(required = false) String participants,
                 @RequestParam(required = false) String findings, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> plans.drill(id, heldOn, scenario, participants, findings));
    }

    @PostMapping("/emergency/plans/{id}/evaluations")
    @PreAuthorize(IncidentPages.MANAGE)
    String evaluate(@PathVariable long id, @RequestParam(required = false) String evaluatedOn,
                    @RequestParam(required = false) String note, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> plans.evaluate(id, evaluatedOn, note));
    }

    @PostMapping("/emergency/plans/{id}/revisions")
    @PreAuthorize(IncidentPages.MANAGE)
    String revise(@PathVariable long id, @RequestParam(required = false) String revisedOn,
                  @RequestParam(required = false) String note, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> plans.revise(id, revisedOn, note, null));
    }

    private String step(long id, RedirectAttributes redirect, Model model, Runnable step) {
        return forms.submit(model, () -> {
            step.run();
            redirect.addFlashAttribute("success", "emergency.saved");
            return "redirect:/emergency/plans/" + id;
        }, () -> detail(id, model));
    }
}
