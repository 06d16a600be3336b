package org.fazhi.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.shared.web.FormPages;
import org.fazhi.supervision.internal.CaseReviews;
import org.fazhi.supervision.internal.ReviewBand;
import org.fazhi.supervision.internal.ReviewItem;
import org.fazhi.supervision.internal.ReviewRound;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 案卷评查页面 — the rounds with the form that creates one, the town's checklist and draw settings; a round with its
 * draw, its drawn cases and the departments' results; and the scoring form of a drawn case.
 */
@Controller
class CaseReviewPages {

    private final CaseReviews reviews;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final Clock clock;

    CaseReviewPages(CaseReviews reviews, OrgDirectory directory, FormPages forms, Clock clock) {
        this.reviews = reviews;
        this.directory = directory;
        this.forms = forms;
        this.clock = clock;
    }

    record RoundForm(Integer year, Long townId) {
    }

    record ChecklistForm(Long townId, List<String> heading, List<Integer> maxPoints) {
        List<ReviewItem.Line> lines() {
            List<ReviewItem.Line> out = new ArrayList<>();
            int n = Math.max(heading == null ? 0 : heading.size(), maxPoints == null ? 0 : maxPoints.size());
            for (int i = 0; i < n; i++) {
                String h = heading != null && i < heading.size() ? heading.get(i) : null;
                Integer p = maxPoints != null && i < maxPoints.size() ? maxPoints.get(i) : null;
                if ((h != null && !h.isBlank()) || p != null) {
                    out.add(new ReviewItem.Line(h, p == null ? 0 : p));
                }
            }
            return out;
        }
    }

    record SettingsForm(Long townId, Integer minimumPerDepartment, Integer sharePercent) {
    }

    record DrawForm(Long seed) {
    }

    record ScoreForm(List<Long> itemId, List<Integer> points, List<String> reason) {
        List<CaseReviews.NewDeduction> deductions() {
            List<CaseReviews.NewDeduction> out = new ArrayList<>();
            for (int i = 0; itemId != null && i < itemId.size(); i++) {
                Integer p = points != null && i < points.size() ? points.get(i) : null;
                String r = reason != null && i < reason.size() ? reason.get(i) : null;
                if ((p != null && p != 0) || (r != null && !r.isBlank())) {
                    out.add(new CaseReviews.NewDeduction(itemId.get(i), p, r));
                }
            }
            return out;
        }
    }

    @GetMapping("/supervision/reviews")
    @PreAuthorize(ComplaintApi.READ)
    String list(@AuthenticationPrincipal FazhiUser user, Model model) {
        Long town = user.homeUnit().townId();
        model.addAttribute("rounds", reviews.rounds(PageRequest.of(0, 100)).getContent());
        model.addAttribute("units", new FindingPages.UnitNames(directory));
        model.addAttribute("townId", town);
        model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
        if (town != null) {
            model.addAttribute("checklist", reviews.checklist(town));
            model.addAttribute("drawSettings", reviews.drawSettings(town));
        }
        return "supervision/reviews";
    }

    @PostMapping("/supervision/reviews")
    @PreAuthorize(ComplaintApi.MANAGE)
    String create(@ModelAttribute("round") RoundForm f, BindingResult binding, @AuthenticationPrincipal FazhiUser user,
                  RedirectAttributes redirect, Model model) {
        return forms.submit(model, f, binding, () -> {
            ReviewRound r = reviews.create(f.year(), f.townId());
            redirect.addFlashAttribute("success", "supervision.review.created");
            return "redirect:/supervision/reviews/" + r.getId();
        }, () -> list(user, model));
    }

    @PostMapping("/supervision/reviews/checklist")
    @PreAuthorize(ComplaintApi.MANAGE)
    String checklist(@ModelAttribute("checklist") ChecklistForm f, BindingResult binding,
                     @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, f, binding, () -> {
            reviews.updateChecklist(Objects.requireNonNullElse(f.townId(), -1L), f.lines());
            redirect.addFlashAttribute("success", "supervision.saved");
            return "redirect:/supervision/reviews#checklist";
        }, () -> list(user, model));
    }

    @PostMapping("/supervision/reviews/settings")
    @PreAuthorize(ComplaintApi.MANAGE)
    String settings(@ModelAttribute("settings") SettingsForm f, BindingResult binding,
                    @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, f, binding, () -> {
            reviews.updateDrawSettings(Objects.requireNonNullElse(f.townId(), -1L),
                    Objects.requireNonNullElse(f.minimumPerDepartment(), 0),
                    Objects.requireNonNullElse(f.sharePercent(), 0));
            redirect.addFlashAttribute("success", "supervision.saved");
            return "redirect:/supervision/reviews#draw-settings";
        }, () -> list(user, model));
    }

    @GetMapping("/supervision/reviews/{id}")
    @PreAuthorize(ComplaintApi.READ)
    String round(@PathVariable long id, Model model) {
        model.addAttribute("review", reviews.round(id));
        model.addAttribute("checklist", reviews.itemsOf(id));
        model.addAttribute("cases", reviews.casesOf(id));
        model.addAttribute("results", reviews.results(id));
        model.addAttribute("units", new FindingPages.UnitNames(directory));
        model.addAttribute("excellentFrom", ReviewBand.EXCELLENT_FROM);
        model.addAttribute("passFrom", ReviewBand.PASS_FROM);
        return "supervision/review";
    }

    @PostMapping("/supervision/reviews/{id}/draw")
    @PreAuthorize(ComplaintApi.MANAGE)
    String draw(@PathVariable long id, @ModelAttribute("draw") DrawForm f, BindingResult binding,
                RedirectAttributes redirect, Model model) {
        return forms.submit(model, f, binding, () -> {
            reviews.draw(id, f.seed());
            redirect.addFlashAttribute("success", "supervision.review.drawn");
            return "redirect:/supervision/reviews/" + id;
        }, () -> round(id, model));
    }

    @GetMapping("/supervision/reviews/{id}/cases/{caseId}")
    @PreAuthorize(ComplaintApi.READ)
    String scoring(@PathVariable long id, @PathVariable long caseId, Model model) {
        model.addAttribute("review", reviews.round(id));
        model.addAttribute("checklist", reviews.itemsOf(id));
        model.addAttribute("drawn", reviews.caseOf(id, caseId));
        model.addAttribute("units", new FindingPages.UnitNames(directory));
        return "supervision/review-case";
    }

    @PostMapping("/supervision/reviews/{id}/cases/{caseId}")
    @PreAuthorize(ComplaintApi.MANAGE)
    String score(@PathVariable long id, @PathVariable long caseId, @ModelAttribute("score") ScoreForm f,
                 BindingResult binding, RedirectAttributes redirect, Model model) {
        return forms.submit(model, f, binding, () -> {
            reviews.score(id, caseId, f.deductions());
            redirect.addFlashAttribute("success", "supervision.review.scored");
            return "redirect:/supervision/reviews/" + id;
        }, () -> scoring(id, caseId, model));
    }
}
