package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.FazhiApplication;
import org.fazhi.disclosure.internal.ReviewCase;
import org.fazhi.disclosure.internal.ReviewCaseService;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政府信息公开行政复议、行政诉讼 in the staff console: the cases table 四 of the annual report counts, the form that records
 * one, and the result and date of conclusion of each.
 */
@Controller
class ReviewPages {

    private final ReviewCaseService reviews;
    private final MessageSource messages;

    ReviewPages(ReviewCaseService reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    /** What the record form posts, as typed. */
    record CaseForm(String kind, String caseNumber, String applicationId, String filedOn, String result,
                    String concludedOn, String summary) {
    }

    @GetMapping("/disclosure/review-cases")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CaseForm(null, null, null, null, ReviewCase.Result.PENDING.name(), null,
                    null));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        List<ReviewCase> cases = reviews.all();
        model.addAttribute("cases", cases);
        model.addAttribute("kinds", ReviewCase.Kind.values());
        model.addAttribute("results", ReviewCase.Result.values());
        model.addAttribute("today", LocalDate.now(FazhiApplication.ZONE));
        return "disclosure/review-cases";
    }

    @PostMapping("/disclosure/review-cases")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String record(@ModelAttribute CaseForm form, RedirectAttributes redirect, Model model) {
        try {
            Long application = ReportPages.number("applicationId", form.applicationId(), Long::valueOf);
            reviews.record(form.kind(), form.caseNumber(), application, form.filedOn(), form.result(),
                    form.concludedOn(), form.summary());
            redirect.addFlashAttribute("success", "disclosure.review.recorded");
            return "redirect:/disclosure/review-cases";
        } catch (RuleViolation e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e, messages));
            return list(model);
        }
    }

    @PostMapping("/disclosure/review-cases/{id}/conclusion")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String conclude(@PathVariable long id, @RequestParam(required = false) String result,
                    @RequestParam(required = false) String concludedOn, RedirectAttributes redirect, Model model) {
        try {
            reviews.conclude(id, result, concludedOn);
            redirect.addFlashAttribute("success", "disclosure.review.concluded");
            return "redirect:/disclosure/review-cases";
        } catch (RuleViolation e) {
            model.addAttribute("formError", e);
            model.addAttribute("conclusionOf", id);
            model.addAttribute("conclusionErrors", FormErrors.of(e, messages));
            return list(model);
        }
    }
}
