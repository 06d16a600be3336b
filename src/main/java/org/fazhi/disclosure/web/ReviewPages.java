package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.fazhi.disclosure.internal.ReviewCase;
import org.fazhi.disclosure.internal.ReviewCaseService;
import org.fazhi.shared.Input;
import org.fazhi.shared.web.FormPages;
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
    private final FormPages forms;

    ReviewPages(ReviewCaseService reviews, FormPages forms) {
        this.forms = forms;
        this.reviews = reviews;
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
        List<ReviewCase> cases = reviews.all();
        model.addAttribute("cases", cases);
        model.addAttribute("kinds", ReviewCase.Kind.values());
        model.addAttribute("results", ReviewCase.Result.values());
        model.addAttribute("today", LocalDate.now(FazhiApplication.ZONE));
        return "disclosure/review-cases";
    }

    @PostMapping("/disclosure/review-cases")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String record(@ModelAttribute("form") CaseForm form, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            Long application = Input.number("applicationId", form.applicationId(), Long::valueOf);
            reviews.record(form.kind(), form.caseNumber(), application, form.filedOn(), form.result(),
                    form.concludedOn(), form.summary());
            redirect.addFlashAttribute("success", "disclosure.review.recorded");
            return "redirect:/disclosure/review-cases";
        }, () -> list(model));
    }

    @PostMapping("/disclosure/review-cases/{id}/conclusion")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String conclude(@PathVariable long id, @RequestParam(required = false) String result,
                    @RequestParam(required = false) String concludedOn, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            reviews.conclude(id, result, concludedOn);
            redirect.addFlashAttribute("success", "disclosure.review.concluded");
            return "redirect:/disclosure/review-cases";
        }, () -> {
            // the refusal belongs to this case's conclusion form, not to the form recording a new case
            model.addAttribute("conclusionOf", id);
            return list(model);
        });
    }
}
