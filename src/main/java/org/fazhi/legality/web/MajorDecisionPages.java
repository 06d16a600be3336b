package org.fazhi.legality.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.legality.internal.DecisionScope;
import org.fazhi.legality.internal.DecisionState;
import org.fazhi.legality.internal.DiscussionResult;
import org.fazhi.legality.internal.MajorDecision;
import org.fazhi.legality.internal.MajorDecisions;
import org.fazhi.legality.internal.ReviewKind;
import org.fazhi.legality.internal.RiskLevel;
import org.fazhi.legality.internal.LegalityReviews;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * 重大行政决策页面 — the list of the catalogue's matters with its filters and the form that opens one, and a decision's
 * page: where it stands, what the next step still needs, the warning when it went to the meeting without counsel, and
 * one form for each step its state allows (a refused form comes back with what was typed and the message by the
 * field).
 */
@Controller
class MajorDecisionPages {

    private final MajorDecisions decisions;
    private final LegalityReviews reviews;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final MessageSource messages;

    MajorDecisionPages(MajorDecisions decisions, LegalityReviews reviews, OrgDirectory directory, FormPages forms,
                       MessageSource messages) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.directory = directory;
        this.forms = forms;
        this.messages = messages;
    }

    record OpenForm(String title, Long orgUnitId, DecisionScope scopeItem, Integer catalogueYear) {
    }

    /** Every step's fields; {@code form} names the form sent, so a refusal is shown on that form only. */
    record StepForm(String form, @DateTimeFormat(iso = ISO.DATE) LocalDate opensOn,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate closesOn, String reason, String draft,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn, String commenter, String text,
                    Long commentId, String answer, String summary, @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                    RiskLevel level, String measures, String counsel, String opinion, Long reviewId, String meeting,
                    String attendees, @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, DiscussionResult result,
                    String dissent, @DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn, String publishedText,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate evaluatedOn, String evaluation, String adjustment) {
    }

    record Row(MajorDecision d, String unit) {
    }

    @GetMapping("/legality/decisions")
    @PreAuthorize(MajorDecisionApi.READ)
    String list(@RequestParam(required = false) DecisionState state, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<MajorDecision> p = decisions.search(state, year, q, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("page", p);
        model.addAttribute("rows", p.getContent().stream().map(d -> new Row(d, unitName(d.getDraftingUnitId())))
                .toList());
        model.addAttribute("state", state);
        model.addAttribute("year", year);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/legality/decisions")
                .queryParam("q", q == null ? "" : q.strip())
                .queryParamIfPresent("state", java.util.Optional.ofNullable(state))
                .queryParamIfPresent("year", java.util.Optional.ofNullable(year)).encode().build().toUriString());
        model.addAttribute("states", DecisionState.values());
        model.addAttribute("scopes", DecisionScope.values());
        model.addAttribute("units", reviews.draftingUnits());
        model.addAttribute("thisYear", decisions.today().getYear());
        return "legality/decisions";
    }

    @PostMapping("/legality/decisions")
    @PreAuthorize(MajorDecisionApi.WRITE)
    String open(@ModelAttribute("decision") OpenForm form, BindingResult binding, RedirectAttributes redirect,
                Model model) {
        return forms.submit(model, form, binding, () -> {
            MajorDecision d = decisions.open(form.title(), form.orgUnitId(), form.scopeItem(), form.catalogueYear());
            redirect.addFlashAttribute("success", "legality.decision.opened");
            return "redirect:/legality/decisions/" + d.getId();
        }, () -> list(null, null, null, 0, model));
    }

    @GetMapping("/legality/decisions/{id}")
    @PreAuthorize(MajorDecisionApi.READ)
    String detail(@PathVariable long id, Model model) {
        MajorDecision d = decisions.decision(id);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("d", d);
        model.addAttribute("unit", unitName(d.getDraftingUnitId()));
        model.addAttribute("comments", decisions.commentsOf(id));
        model.addAttribute("review", decisions.linkedReview(d).orElse(null));
        model.addAttribute("steps", d.getState().steps());
        model.addAttribute("missing", decisions.missing(d).stream().map(m -> messages.getMessage(m, locale))
                .toList());
        model.addAttribute("noCounsel", decisions.discussedWithoutCounsel(d));
        boolean runs = DataScope.currentUserHolds(Permission.LEGALITY_DECISION);
        model.addAttribute("runs", runs);
        model.addAttribute("candidates", runs ? reviews.search(ReviewKind.MAJOR_DECISION, null, null,
                PageRequest.of(0, 100)).getContent().stream().filter(r -> r.getTownId().equals(d.getTownId()))
                .toList() : List.of());
        model.addAttribute("counselList", reviews.staffOf(d.getTownId(), Role.COUNSEL));
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("results", DiscussionResult.values());
        model.addAttribute("today", decisions.today());
        return "legality/decision";
    }

    @PostMapping("/legality/decisions/{id}/{step}")
    @PreAuthorize(MajorDecisionApi.WRITE)
    String step(@PathVariable long id, @PathVariable String step, @ModelAttribute("step") StepForm f,
                BindingResult binding, RedirectAttributes redirect, Model model) {
        Runnable action = switch (step) {
            case "consultation" -> () -> decisions.openConsultation(id, f.opensOn(), f.closesOn(), f.reason(),
                    f.draft());
            case "comments" -> () -> decisions.comment(id, f.receivedOn(), f.commenter(), f.text());
            case "answer" -> () -> decisions.answer(id, f.commentId() == null ? -1 : f.commentId(), f.answer());
            case "consultation-summary" -> () -> decisions.summarise(id, f.summary());
            case "expert-argumentation" -> () -> decisions.argue(id, f.on(), f.summary());
            case "risk-assessment" -> () -> decisions.assessRisk(id, f.on(), f.level(), f.measures());
            case "counsel" -> () -> decisions.counsel(id, f.counsel(), f.opinion(), f.on());
            case "legality-review" -> () -> decisions.linkReview(id, f.reviewId());
            case "discussion" -> () -> decisions.discuss(id, f.meeting(), f.attendees(), f.heldOn(), f.result(),
                    f.dissent());
            case "publication" -> () -> decisions.publish(id, f.publishedOn(), f.publishedText());
            case "evaluation" -> () -> decisions.evaluate(id, f.evaluatedOn(), f.evaluation(), f.adjustment());
            default -> throw new org.fazhi.shared.NotFound("major-decision-step", step);
        };
        return forms.submit(model, f, binding, () -> {
            action.run();
            redirect.addFlashAttribute("success", "legality.decision.saved");
            return "redirect:/legality/decisions/" + id;
        }, () -> detail(id, model));
    }

    private String unitName(long id) {
        return directory.find(id).map(OrgUnitView::name).orElse("—");
    }

}
