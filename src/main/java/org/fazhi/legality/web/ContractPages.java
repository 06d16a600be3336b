package org.fazhi.legality.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.legality.internal.Contracts;
import org.fazhi.legality.internal.GovernmentContract;
import org.fazhi.legality.internal.LegalityReview;
import org.fazhi.legality.internal.LegalityReviews;
import org.fazhi.legality.internal.ReviewKind;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.web.FormPages;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 政府合同登记页面 — the register with its filters and each contract's review, the form entering a contract, and a
 * contract's page linking its review and marking it signed (refused before a lawful review, told by the field).
 */
@Controller
class ContractPages {

    private final Contracts contracts;
    private final LegalityReviews reviews;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final java.time.Clock clock;

    ContractPages(Contracts contracts, LegalityReviews reviews, OrgDirectory directory, FormPages forms,
                  java.time.Clock clock) {
        this.clock = clock;
        this.contracts = contracts;
        this.reviews = reviews;
        this.directory = directory;
        this.forms = forms;
    }

    record ContractForm(String subject, Long orgUnitId, String counterparty, BigDecimal amount) {
    }

    record StepForm(Long reviewId, @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn) {
    }

    /** A row of the register: the contract, its unit and its review. */
    record Row(GovernmentContract c, String unit, LegalityReview review) {
    }

    @GetMapping("/legality/contracts")
    @PreAuthorize(MajorDecisionApi.READ)
    String list(@RequestParam(required = false) Boolean signed, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Page<GovernmentContract> p = contracts.search(signed, q, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("page", p);
        model.addAttribute("rows", p.getContent().stream().map(c -> new Row(c, unitName(c.getDraftingUnitId()),
                contracts.reviewOf(c).orElse(null))).toList());
        model.addAttribute("signed", signed);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/legality/contracts")
                .queryParam("q", q == null ? "" : q.strip())
                .queryParamIfPresent("signed", Optional.ofNullable(signed)).encode().build().toUriString());
        model.addAttribute("units", reviews.draftingUnits());
        return "legality/contracts";
    }

    @PostMapping("/legality/contracts")
    @PreAuthorize(MajorDecisionApi.WRITE)
    String register(@ModelAttribute("contract") ContractForm form, BindingResult binding,
                    RedirectAttributes redirect, Model model) {
        return forms.submit(model, form, binding, () -> {
            GovernmentContract c = contracts.register(form.subject(), form.orgUnitId(), form.counterparty(),
                    form.amount());
            redirect.addFlashAttribute("success", "legality.contract.registered");
            return "redirect:/legality/contracts/" + c.getId();
        }, () -> list(null, null, 0, model));
    }

    @GetMapping("/legality/contracts/{id}")
    @PreAuthorize(MajorDecisionApi.READ)
    String detail(@PathVariable long id, Model model) {
        GovernmentContract c = contracts.contract(id);
        model.addAttribute("c", c);
        model.addAttribute("unit", unitName(c.getDraftingUnitId()));
        model.addAttribute("review", contracts.reviewOf(c).orElse(null));
        boolean runs = DataScope.currentUserHolds(Permission.LEGALITY_DECISION) && c.getSignedOn() == null;
        model.addAttribute("runs", runs);
        List<LegalityReview> candidates = runs ? reviews.search(ReviewKind.CONTRACT, null, null,
                PageRequest.of(0, 100)).getContent().stream().filter(r -> r.getTownId().equals(c.getTownId()))
                .toList() : List.of();
        model.addAttribute("candidates", candidates);
        model.addAttribute("today", LocalDate.now(clock));
        return "legality/contract";
    }

    @PostMapping("/legality/contracts/{id}/legality-review")
    @PreAuthorize(MajorDecisionApi.WRITE)
    String review(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                  RedirectAttributes redirect, Model model) {
        return step(id, form, binding, redirect, model, () -> contracts.linkReview(id, form.reviewId()));
    }

    @PostMapping("/legality/contracts/{id}/signing")
    @PreAuthorize(MajorDecisionApi.WRITE)
    String sign(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                RedirectAttributes redirect, Model model) {
        return step(id, form, binding, redirect, model, () -> contracts.sign(id, form.signedOn()));
    }

    private String step(long id, StepForm form, BindingResult binding, RedirectAttributes redirect, Model model,
                        Runnable step) {
        return forms.submit(model, form, binding, () -> {
            step.run();
            redirect.addFlashAttribute("success", "legality.decision.saved");
            return "redirect:/legality/contracts/" + id;
        }, () -> detail(id, model));
    }

    private String unitName(long id) {
        return directory.find(id).map(OrgUnitView::name).orElse("—");
    }
}
