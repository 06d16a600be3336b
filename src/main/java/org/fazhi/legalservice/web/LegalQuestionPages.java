package org.fazhi.legalservice.web;

import java.util.List;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.legalservice.internal.LegalQuestion;
import org.fazhi.legalservice.internal.LegalQuestions;
import org.fazhi.legalservice.internal.QuestionState;
import org.fazhi.legalservice.internal.ReferralKind;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.PersonalMasking;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 法律咨询页面 — the advisor's inbox (the judicial office: every question of its town) with due-date badges, a
 * question's page with the answer, referral, reassignment and withholding forms its state allows, and the dashboard
 * section.
 */
@Controller
class LegalQuestionPages {

    private final LegalQuestions questions;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final MessageSource messages;

    LegalQuestionPages(LegalQuestions questions, OrgDirectory directory, FormPages forms, MessageSource messages) {
        this.questions = questions;
        this.directory = directory;
        this.forms = forms;
        this.messages = messages;
    }

    /** A row of the inbox: the question, its unit and its clock. */
    record Row(LegalQuestion q, String unit, DeadlineBadge clock) {
    }

    @GetMapping("/legal-questions")
    @PreAuthorize(LegalQuestionApi.READ)
    String list(@RequestParam(required = false) QuestionState state, @RequestParam(defaultValue = "0") int page,
                Model model) {
        Page<LegalQuestion> p = questions.search(state, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("page", p);
        model.addAttribute("rows", p.getContent().stream().map(this::row).toList());
        model.addAttribute("state", state);
        model.addAttribute("states", QuestionState.values());
        model.addAttribute("base", "/legal-questions?state=" + (state == null ? "" : state.name()));
        return "legalservice/list";
    }

    @GetMapping("/legal-questions/section")
    @PreAuthorize(LegalQuestionApi.READ)
    String section(Model model) {
        List<Row> open = questions.search(QuestionState.OPEN, PageRequest.of(0, 8)).getContent().stream()
                .map(this::row).toList();
        model.addAttribute("rows", open);
        return "legalservice/section";
    }

    @GetMapping("/legal-questions/{id}")
    @PreAuthorize(LegalQuestionApi.READ)
    String detail(@PathVariable long id, Model model) {
        LegalQuestion q = questions.question(id);
        boolean clear = questions.readsContact(q);
        model.addAttribute("q", q);
        model.addAttribute("row", row(q));
        model.addAttribute("questionText", clear ? q.getQuestion() : q.publicQuestion());
        model.addAttribute("contactName", clear ? q.getContactName() : PersonalMasking.name(q.getContactName()));
        model.addAttribute("contactPhone", clear ? q.getContactPhone() : PersonalMasking.phone(q.getContactPhone()));
        model.addAttribute("referrals", questions.referralsOf(id));
        model.addAttribute("mayAnswer", questions.mayAnswer(q));
        model.addAttribute("mayRefer", questions.mayHandle(q) && QuestionState.Step.REFER.allowedFrom(q.getState()));
        model.addAttribute("kinds", ReferralKind.values());
        model.addAttribute("villages", directory.villagesOf(q.getTownId()));
        model.addAttribute("counsel", questions.counselOf(q.getTownId()));
        return "legalservice/detail";
    }

    @PostMapping("/legal-questions/{id}/answer")
    @PreAuthorize(LegalQuestionApi.ANSWER)
    String answer(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect,
                  Model model) {
        return forms.submit(model, () -> {
            questions.answer(id, text);
            redirect.addFlashAttribute("success", "legalservice.saved");
            return "redirect:/legal-questions/" + id;
        }, () -> detail(id, model));
    }

    @PostMapping("/legal-questions/{id}/referrals")
    @PreAuthorize(LegalQuestionApi.HANDLE)
    String refer(@PathVariable long id, @RequestParam(required = false) ReferralKind kind,
                 @RequestParam(required = false) String matter, @RequestParam(required = false) String agency,
                 @RequestParam(required = false) Long villageId, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            questions.refer(id, new LegalQuestions.NewReferral(kind, matter, agency, villageId));
            redirect.addFlashAttribute("success", "legalservice.saved");
            return "redirect:/legal-questions/" + id;
        }, () -> detail(id, model));
    }

    @PostMapping("/legal-questions/{id}/advisor")
    @PreAuthorize(LegalQuestionApi.MANAGE)
    String reassign(@PathVariable long id, @RequestParam(required = false) String username,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            questions.reassign(id, username, reason);
            redirect.addFlashAttribute("success", "legalservice.saved");
            return "redirect:/legal-questions/" + id;
        }, () -> detail(id, model));
    }

    @PostMapping("/legal-questions/{id}/withholding")
    @PreAuthorize(LegalQuestionApi.MANAGE)
    String withhold(@PathVariable long id, @RequestParam(defaultValue = "false") boolean withheld,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            questions.withhold(id, withheld, reason);
            redirect.addFlashAttribute("success", "legalservice.saved");
            return "redirect:/legal-questions/" + id;
        }, () -> detail(id, model));
    }

    private Row row(LegalQuestion q) {
        return new Row(q, directory.find(q.getHolderUnitId()).map(OrgUnitView::name).orElse("—"),
                questions.answerClock(q).map(d -> DeadlineBadge.of(d, messages)).orElse(null));
    }
}
