package org.fazhi.litigation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.litigation.internal.AbsenceReason;
import org.fazhi.litigation.internal.ActType;
import org.fazhi.litigation.internal.CaseKind;
import org.fazhi.litigation.internal.CaseState;
import org.fazhi.litigation.internal.HeadRank;
import org.fazhi.litigation.internal.LitigationCase;
import org.fazhi.litigation.internal.LitigationCases;
import org.fazhi.litigation.internal.Outcome;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 行政应诉与行政复议页面 — the case list with its filters and the form that records a case, a case's page with its
 * answer clock, hearings and the forms its state allows, and the dashboard section.
 */
@Controller
class LitigationPages {

    private final LitigationCases cases;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final FormPages forms;
    private final MessageSource messages;
    private final Clock clock;

    LitigationPages(LitigationCases cases, OrgDirectory directory, DataScope dataScope, FormPages forms,
                    MessageSource messages, Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.dataScope = dataScope;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    record CaseForm(String kind, Long orgUnitId, String caseNumber, String body, String applicantName,
                    String applicantIdNumber, String applicantPhone, String actType, Long actId,
                    String actDescription, @DateTimeFormat(iso = ISO.DATE) LocalDate copyReceivedOn,
                    Boolean afterReconsideration) {
    }

    record StepForm(@DateTimeFormat(iso = ISO.DATE) LocalDate on, Boolean headAppeared, String appearedName,
                    String appearedPosition, String absenceReason, String absenceExplanation, String delegate,
                    String outcome) {
    }

    /** A row of the list: the case and its answer clock. */
    record Row(LitigationCase c, PartyData applicant, DeadlineBadge clock) {
    }

    @GetMapping("/litigation/cases")
    @PreAuthorize(LitigationApi.READ)
    String list(@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) CaseState state,
                @RequestParam(required = false) ActType act, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Page<LitigationCase> p = cases.search(kind, state, act, q, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("page", p);
        // lists always show the applicant masked
        model.addAttribute("rows", p.getContent().stream()
                .map(c -> new Row(c, c.getApplicant().masked(true), badge(c))).toList());
        model.addAttribute("kind", kind);
        model.addAttribute("state", state);
        model.addAttribute("act", act);
        model.addAttribute("q", q == null ? "" : q.strip());
        StringBuilder base = new StringBuilder("/litigation/cases?q=").append(q == null ? "" : q.strip());
        if (kind != null) {
            base.append("&kind=").append(kind.name());
        }
        if (state != null) {
            base.append("&state=").append(state.name());
        }
        if (act != null) {
            base.append("&act=").append(act.name());
        }
        model.addAttribute("base", base.toString());
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("states", CaseState.values());
        model.addAttribute("actTypes", ActType.values());
        model.addAttribute("units", answeringUnits());
        model.addAttribute("today", LocalDate.now(clock));
        return "litigation/list";
    }

    @PostMapping("/litigation/cases")
    @PreAuthorize(LitigationApi.MANAGE)
    String receive(@ModelAttribute("case") CaseForm form, BindingResult binding, RedirectAttributes redirect,
                   Model model) {
        return forms.submit(model, form, binding, () -> {
            LitigationCase c = cases.receive(new LitigationCases.NewCase(form.kind(), form.orgUnitId(),
                    form.caseNumber(), form.body(), PartyData.of(form.applicantName(), form.applicantIdNumber(),
                    form.applicantPhone(), null), form.actType(), form.actId(), form.actDescription(),
                    form.copyReceivedOn(), null, form.afterReconsideration()));
            redirect.addFlashAttribute("success", "litigation.flash.received");
            return "redirect:/litigation/cases/" + c.getId();
        }, () -> list(null, null, null, null, 0, model));
    }

    @GetMapping("/litigation/cases/{id}")
    @PreAuthorize(LitigationApi.READ)
    String detail(@PathVariable long id, Model model) {
        LitigationCase c = cases.litigationCase(id);
        model.addAttribute("c", c);
        model.addAttribute("applicant", c.applicantAsSeen());
        model.addAttribute("unit", directory.find(c.getHolderUnitId()).map(OrgUnitView::name).orElse("—"));
        model.addAttribute("clock", badge(c));
        model.addAttribute("hearings", cases.hearingsOf(id));
        model.addAttribute("steps", c.getState().steps());
        model.addAttribute("ranks", HeadRank.values());
        model.addAttribute("reasons", AbsenceReason.values());
        model.addAttribute("outcomes", java.util.Arrays.stream(Outcome.values()).filter(o -> o.endsA(c.getKind()))
                .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "litigation/detail";
    }

    @PostMapping("/litigation/cases/{id}/answer")
    @PreAuthorize(LitigationApi.MANAGE)
    String answer(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                  RedirectAttributes redirect, Model model) {
        return step(id, form, binding, redirect, model, () -> cases.answer(id, form.on()));
    }

    @PostMapping("/litigation/cases/{id}/hearings")
    @PreAuthorize(LitigationApi.MANAGE)
    String hearing(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                   RedirectAttributes redirect, Model model) {
        return step(id, form, binding, redirect, model, () -> cases.hearing(id, new LitigationCases.NewHearing(
                form.on(), form.headAppeared(), form.appearedName(), form.appearedPosition(), form.absenceReason(),
                form.absenceExplanation(), form.delegate())));
    }

    @PostMapping("/litigation/cases/{id}/conclusion")
    @PreAuthorize(LitigationApi.MANAGE)
    String conclude(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                    RedirectAttributes redirect, Model model) {
        return step(id, form, binding, redirect, model, () -> cases.conclude(id, form.on(), form.outcome()));
    }

    private String step(long id, StepForm form, BindingResult binding, RedirectAttributes redirect, Model model,
                        Runnable step) {
        return forms.submit(model, form, binding, () -> {
            step.run();
            redirect.addFlashAttribute("success", "litigation.saved");
            return "redirect:/litigation/cases/" + id;
        }, () -> detail(id, model));
    }

    /** The dashboard section: pending cases, soonest answer first. */
    @GetMapping("/litigation/section")
    @PreAuthorize(LitigationApi.READ)
    String section(Model model) {
        List<Row> open = cases.search(null, CaseState.PENDING, null, null, PageRequest.of(0, 8)).getContent().stream()
                .map(c -> new Row(c, c.getApplicant().masked(true), badge(c))).toList();
        model.addAttribute("rows", open);
        return "litigation/section";
    }

    private DeadlineBadge badge(LitigationCase c) {
        return cases.answerClock(c).map(d -> DeadlineBadge.of(d, messages)).orElse(null);
    }

    /** The units that may answer: the town and its departments the user may write for. */
    private List<OrgUnitView> answeringUnits() {
        return dataScope.visibleUnits().stream()
                .filter(u -> u.townId() != null && u.type() != OrgUnitType.VILLAGE)
                .filter(u -> dataScope.canWriteHeldBy(u.id())).toList();
    }
}
