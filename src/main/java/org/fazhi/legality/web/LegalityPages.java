package org.fazhi.legality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.legality.internal.Conclusion;
import org.fazhi.legality.internal.LegalityReview;
import org.fazhi.legality.internal.LegalityReviews;
import org.fazhi.legality.internal.ReviewKind;
import org.fazhi.legality.internal.ReviewState;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.Role;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * 合法性审查页面 — the list with its filters and the form that receives a draft, a review's page with its clocks, its
 * opinions and the steps its state allows, and the dashboard section.
 */
@Controller
class LegalityPages {

    private final LegalityReviews reviews;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final MessageSource messages;
    private final Clock clock;

    LegalityPages(LegalityReviews reviews, OrgDirectory directory, FormPages forms,
                  MessageSource messages, Clock clock) {
        this.reviews = reviews;
        this.directory = directory;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    record ReviewForm(ReviewKind kind, String title, Long orgUnitId,
                      @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn,
                      @DateTimeFormat(iso = ISO.DATE) LocalDate requestedBy, String urgencyReason) {
    }

    record StepForm(String username, String reason, String text, Conclusion conclusion, String reasons,
                    String legalBasis, @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
    }

    /** A row of the list: the review and its clock. */
    record Row(LegalityReview r, String unit, DeadlineBadge clock) {
    }

    @GetMapping("/legality/reviews")
    @PreAuthorize(LegalityApi.READ)
    String list(@RequestParam(required = false) ReviewKind kind, @RequestParam(required = false) ReviewState state,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<LegalityReview> p = reviews.search(kind, state, q, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("page", p);
        model.addAttribute("rows", p.getContent().stream().map(r -> new Row(r, unitName(r.getDraftingUnitId()),
                reviewBadge(r))).toList());
        model.addAttribute("kind", kind);
        model.addAttribute("state", state);
        model.addAttribute("q", q == null ? "" : q.strip());
        StringBuilder base = new StringBuilder("/legality/reviews?q=").append(q == null ? "" : q.strip());
        if (kind != null) {
            base.append("&kind=").append(kind.name());
        }
        if (state != null) {
            base.append("&state=").append(state.name());
        }
        model.addAttribute("base", base.toString());
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("states", ReviewState.values());
        model.addAttribute("units", draftingUnits());
        model.addAttribute("today", LocalDate.now(clock));
        ownTown().filter(t -> DataScope.currentUserHolds(org.fazhi.organization.Permission.LEGALITY_REVIEW))
                .ifPresent(t -> model.addAttribute("settings", reviews.settings(t)));
        return "legality/list";
    }

    /**
     * 审查期限设置 — the town's periods left to it (other kinds of draft, counsel's opinion), kept by its legal reviewer
     * on the list page; a refused value is told next to its field and nothing is changed.
     */
    @PostMapping("/legality/settings")
    @PreAuthorize(LegalityApi.REVIEW)
    String saveSettings(@RequestParam(required = false) Integer otherWorkingDays,
                        @RequestParam(required = false) Integer counselWorkingDays, RedirectAttributes redirect,
                        Model model) {
        return forms.submit(model, () -> {
            long town = ownTown().orElseThrow(() -> new org.fazhi.shared.AccessDenied("error.scope.write"));
            reviews.updateSettings(town, otherWorkingDays == null ? 0 : otherWorkingDays,
                    counselWorkingDays == null ? 0 : counselWorkingDays);
            redirect.addFlashAttribute("success", "legality.settings.saved");
            return "redirect:/legality/reviews#review-settings";
        }, () -> list(null, null, null, 0, model));
    }

    private static java.util.Optional<Long> ownTown() {
        return DataScope.currentUser().map(org.fazhi.organization.FazhiUser::homeUnit)
                .map(org.fazhi.organization.OrgUnitView::townId);
    }

    @PostMapping("/legality/reviews")
    @PreAuthorize(LegalityApi.SUBMIT)
    String submit(@ModelAttribute("review") ReviewForm form, BindingResult binding, RedirectAttributes redirect,
                  Model model) {
        return forms.submit(model, form, binding, () -> {
            LegalityReview r = reviews.submit(new LegalityReviews.NewReview(form.kind(), form.title(),
                    form.orgUnitId(), form.receivedOn(), form.requestedBy(), form.urgencyReason()));
            redirect.addFlashAttribute("success", "legality.received");
            return "redirect:/legality/reviews/" + r.getId();
        }, () -> list(null, null, null, 0, model));
    }

    @GetMapping("/legality/reviews/{id}")
    @PreAuthorize(LegalityApi.READ)
    String detail(@PathVariable long id, @AuthenticationPrincipal FazhiUser user, Model model) {
        LegalityReview r = reviews.review(id);
        model.addAttribute("r", r);
        model.addAttribute("unit", unitName(r.getDraftingUnitId()));
        model.addAttribute("clocks", reviews.clocksOf(id).stream().map(d -> DeadlineBadge.of(d, messages)).toList());
        model.addAttribute("opinions", reviews.opinionsOf(id));
        model.addAttribute("steps", r.getState().steps());
        model.addAttribute("reviews", user.holds(Permission.LEGALITY_REVIEW));
        model.addAttribute("asked", user.holds(Permission.LEGALITY_OPINION) && reviews.opinionsOf(id).stream()
                .anyMatch(o -> !o.written() && o.getCounsel().equals(user.getUsername())));
        model.addAttribute("counsel", reviews.staffOf(r.getTownId(), Role.COUNSEL));
        model.addAttribute("reviewers", reviews.staffOf(r.getTownId(), Role.LEGAL_REVIEWER));
        model.addAttribute("conclusions", Conclusion.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "legality/detail";
    }

    @PostMapping("/legality/reviews/{id}/reviewer")
    @PreAuthorize(LegalityApi.REVIEW)
    String reassign(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                    @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, form, binding, user, redirect, model, () -> reviews.reassign(id, form.username(),
                form.reason()));
    }

    @PostMapping("/legality/reviews/{id}/return")
    @PreAuthorize(LegalityApi.REVIEW)
    String returnForMaterial(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                             @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, form, binding, user, redirect, model, () -> reviews.returnForMaterial(id, form.reason(),
                form.on()));
    }

    @PostMapping("/legality/reviews/{id}/material")
    @PreAuthorize(LegalityApi.REVIEW)
    String receiveMaterial(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                           @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, form, binding, user, redirect, model, () -> reviews.receiveMaterial(id, form.on()));
    }

    @PostMapping("/legality/reviews/{id}/counsel-request")
    @PreAuthorize(LegalityApi.REVIEW)
    String askCounsel(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                      @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, form, binding, user, redirect, model, () -> reviews.askCounsel(id, form.username(),
                form.on()));
    }

    @PostMapping("/legality/reviews/{id}/counsel-opinions")
    @PreAuthorize(LegalityApi.OPINION)
    String writeOpinion(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                        @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, form, binding, user, redirect, model, () -> reviews.writeOpinion(id, form.text(),
                form.on()));
    }

    @PostMapping("/legality/reviews/{id}/conclusion")
    @PreAuthorize(LegalityApi.REVIEW)
    String conclude(@PathVariable long id, @ModelAttribute("step") StepForm form, BindingResult binding,
                    @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, form, binding, user, redirect, model, () -> reviews.conclude(id, form.conclusion(),
                form.reasons(), form.legalBasis(), form.on()));
    }

    private String step(long id, StepForm form, BindingResult binding, FazhiUser user, RedirectAttributes redirect,
                        Model model, Runnable step) {
        return forms.submit(model, form, binding, () -> {
            step.run();
            redirect.addFlashAttribute("success", "legality.saved");
            return "redirect:/legality/reviews/" + id;
        }, () -> detail(id, user, model));
    }

    /** The dashboard section: the open reviews the user handles (counsel: the opinions it is asked for). */
    @GetMapping("/legality/section")
    @PreAuthorize(LegalityApi.READ)
    String section(@AuthenticationPrincipal FazhiUser user, Model model) {
        List<Row> open = reviews.search(null, null, null, PageRequest.of(0, 200)).getContent().stream()
                .filter(r -> r.getState() != ReviewState.CONCLUDED)
                .filter(r -> !user.holds(Permission.LEGALITY_REVIEW) || user.getUsername().equals(r.getReviewer()))
                .limit(8).map(r -> new Row(r, unitName(r.getDraftingUnitId()), reviewBadge(r))).toList();
        model.addAttribute("rows", open);
        return "legality/section";
    }

    private DeadlineBadge reviewBadge(LegalityReview r) {
        List<DeadlineView> clocks = reviews.clocksOf(r.getId());
        return clocks.stream().filter(d -> d.subjectType().equals(LegalityReviews.CLOCK_SUBJECT)).reduce((a, b) -> b)
                .map(d -> DeadlineBadge.of(d, messages)).orElse(null);
    }

    private String unitName(long id) {
        return directory.find(id).map(OrgUnitView::name).orElse("—");
    }

    /** The units that may send a draft: the town and its departments the user may write for. */
    private List<OrgUnitView> draftingUnits() {
        return reviews.draftingUnits();
    }
}
