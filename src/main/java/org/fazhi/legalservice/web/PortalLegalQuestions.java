package org.fazhi.legalservice.web;

import org.fazhi.legalservice.internal.LegalQuestion;
import org.fazhi.legalservice.internal.LegalQuestions;
import org.fazhi.legalservice.internal.QuestionCategory;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.web.FormPages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 法律咨询（门户）— on a phone: the answers the town publishes (redacted, with the askers' consent), the form to ask,
 * and the tracking page that shows the state, the dates and the answer, never a name or a phone number.
 */
@Controller
@PublicEndpoint
class PortalLegalQuestions {

    private final LegalQuestions questions;
    private final OrgDirectory directory;
    private final PublicTowns towns;
    private final FormPages forms;

    PortalLegalQuestions(LegalQuestions questions, OrgDirectory directory, PublicTowns towns, FormPages forms) {
        this.questions = questions;
        this.directory = directory;
        this.towns = towns;
        this.forms = forms;
    }

    /** The portal form: the category as a choice, the unit the town or one of its villages. */
    record AskForm(Long orgUnitId, QuestionCategory category, String question, String contactName,
                   String contactPhone, Boolean publishConsent) {
    }

    /** A published answer as the portal shows it, redacted. */
    record Item(QuestionCategory category, java.time.LocalDate answeredOn, String question, String answer) {
    }

    @GetMapping("/portal/{town}/legal-questions")
    String published(@PathVariable String town, @RequestParam(defaultValue = "0") int page, Model model) {
        OrgUnitView t = towns.get(town);
        Page<LegalQuestion> p = DataScope.asSystem(() -> questions.published(t.id(),
                PageRequest.of(Math.max(page, 0), 10)));
        model.addAttribute("page", p);
        model.addAttribute("items", p.getContent().stream().map(q -> new Item(q.getCategory(), q.getAnsweredOn(),
                q.publicQuestion(), q.publicAnswer())).toList());
        model.addAttribute("base", towns.portalPath(t, "legal-questions") + "?x=");
        return "legalservice/portal-list";
    }

    @GetMapping("/portal/{town}/legal-questions/ask")
    String form(@PathVariable String town, Model model) {
        formModel(towns.get(town), model);
        return "legalservice/ask";
    }

    @PostMapping("/portal/{town}/legal-questions/ask")
    String ask(@PathVariable String town, @ModelAttribute AskForm form, BindingResult binding, Model model) {
        OrgUnitView t = towns.get(town);
        return forms.submit(model, form, binding, () -> {
            LegalQuestion q = DataScope.asSystem(() -> questions.ask(t.id(), new LegalQuestions.NewQuestion(
                    form.orgUnitId(), form.category(), form.question(), form.contactName(), form.contactPhone(),
                    form.publishConsent())));
            return "redirect:" + towns.portalPath(t, "legal-questions/track") + "?new=true&code="
                    + q.getTrackingCode();
        }, () -> {
            formModel(t, model);
            return "legalservice/ask";
        });
    }

    @GetMapping("/portal/{town}/legal-questions/track")
    String track(@PathVariable String town, @RequestParam(required = false) String code,
                 @RequestParam(name = "new", defaultValue = "false") boolean isNew, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("code", code == null ? "" : PublicQuery.text(code));
        model.addAttribute("isNew", isNew);
        if (code != null && !code.isBlank()) {
            DataScope.asSystem(() -> questions.track(code)).filter(q -> q.getTownId() == t.id())
                    .ifPresentOrElse(q -> {
                        model.addAttribute("code", q.getTrackingCode());
                        model.addAttribute("tracked", PublicLegalQuestionApi.tracking(q));
                    }, () -> model.addAttribute("notFound", true));
        }
        return "legalservice/track";
    }

    private void formModel(OrgUnitView town, Model model) {
        model.addAttribute("askTown", town);
        model.addAttribute("villages", directory.villagesOf(town.id()));
        model.addAttribute("categories", QuestionCategory.values());
    }
}
