package org.fazhi.legality.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.legality.internal.CleanupResult;
import org.fazhi.legality.internal.DocumentState;
import org.fazhi.legality.internal.LegalityReviews;
import org.fazhi.legality.internal.NormativeDocument;
import org.fazhi.legality.internal.NormativeDocuments;
import org.fazhi.legality.internal.ReviewKind;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.AccessDenied;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 行政规范性文件页面 — the register with its filters (the list due for cleanup among them), the form registering a
 * document and the town's filing period, and a document's page with the form of each step its state allows.
 */
@Controller
class NormativeDocumentPages {

    private final NormativeDocuments documents;
    private final LegalityReviews reviews;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final MessageSource messages;

    NormativeDocumentPages(NormativeDocuments documents, LegalityReviews reviews, OrgDirectory directory,
                           FormPages forms, MessageSource messages) {
        this.documents = documents;
        this.reviews = reviews;
        this.directory = directory;
        this.forms = forms;
        this.messages = messages;
    }

    record DocumentForm(String title, Long orgUnitId) {
    }

    /** Every step's fields; {@code form} names the form sent, so a refusal is shown on that form only. */
    record StepForm(String form, @DateTimeFormat(iso = ISO.DATE) LocalDate consultationFrom,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate consultationTo, Long reviewId, String meeting,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate deliberatedOn, String docNumber,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate validUntil,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate inForceFrom,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate filedOn,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate cleanedOn, CleanupResult cleanupResult,
                    String cleanupNote) {
    }

    record Row(NormativeDocument d, String unit) {
    }

    @GetMapping("/legality/normative-documents")
    @PreAuthorize(MajorDecisionApi.READ)
    String list(@RequestParam(required = false) DocumentState state, @RequestParam(defaultValue = "false") boolean due,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<NormativeDocument> p = documents.search(state, due, q, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("page", p);
        model.addAttribute("rows", p.getContent().stream().map(d -> new Row(d, unitName(d.getDraftingUnitId())))
                .toList());
        model.addAttribute("state", state);
        model.addAttribute("due", due);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/legality/normative-documents")
                .queryParam("q", q == null ? "" : q.strip()).queryParam("due", due)
                .queryParamIfPresent("state", Optional.ofNullable(state)).encode().build().toUriString());
        model.addAttribute("states", DocumentState.values());
        model.addAttribute("horizon", String.valueOf(NormativeDocuments.REVIEW_HORIZON_DAYS));
        model.addAttribute("units", reviews.draftingUnits());
        ownTown().filter(t -> DataScope.currentUserHolds(Permission.LEGALITY_REVIEW))
                .ifPresent(t -> model.addAttribute("settings", reviews.settings(t)));
        return "legality/documents";
    }

    @PostMapping("/legality/normative-documents")
    @PreAuthorize(MajorDecisionApi.WRITE)
    String register(@ModelAttribute("document") DocumentForm form, BindingResult binding,
                    RedirectAttributes redirect, Model model) {
        return forms.submit(model, form, binding, () -> {
            NormativeDocument d = documents.register(form.title(), form.orgUnitId());
            redirect.addFlashAttribute("success", "legality.document.registered");
            return "redirect:/legality/normative-documents/" + d.getId();
        }, () -> list(null, false, null, 0, model));
    }

    /** 备案期限 — the town's filing period, kept by its legal reviewer on the register page. */
    @PostMapping("/legality/normative-documents/filing-period")
    @PreAuthorize(LegalityApi.REVIEW)
    String filingPeriod(@RequestParam(required = false) Integer filingDays, RedirectAttributes redirect,
                        Model model) {
        return forms.submit(model, () -> {
            long town = ownTown().orElseThrow(() -> new AccessDenied("error.scope.write"));
            reviews.updateFilingDays(town, filingDays == null ? 0 : filingDays);
            redirect.addFlashAttribute("success", "legality.document.settings.saved");
            return "redirect:/legality/normative-documents#filing-settings";
        }, () -> list(null, false, null, 0, model));
    }

    @GetMapping("/legality/normative-documents/{id}")
    @PreAuthorize(MajorDecisionApi.READ)
    String detail(@PathVariable long id, Model model) {
        NormativeDocument d = documents.document(id);
        model.addAttribute("d", d);
        model.addAttribute("unit", unitName(d.getDraftingUnitId()));
        model.addAttribute("review", documents.reviewOf(d).orElse(null));
        model.addAttribute("filing", documents.filingClock(d).map(c -> DeadlineBadge.of(c, messages)).orElse(null));
        model.addAttribute("steps", d.getState().steps());
        boolean runs = DataScope.currentUserHolds(Permission.LEGALITY_DECISION);
        model.addAttribute("runs", runs);
        model.addAttribute("candidates", runs ? reviews.search(ReviewKind.NORMATIVE_DOCUMENT, null, null,
                PageRequest.of(0, 100)).getContent().stream().filter(r -> r.getTownId().equals(d.getTownId()))
                .toList() : List.of());
        model.addAttribute("results", CleanupResult.values());
        model.addAttribute("today", documents.today());
        return "legality/document";
    }

    @PostMapping("/legality/normative-documents/{id}/{step}")
    @PreAuthorize(MajorDecisionApi.WRITE)
    String step(@PathVariable long id, @PathVariable String step, @ModelAttribute("step") StepForm f,
                BindingResult binding, RedirectAttributes redirect, Model model) {
        Runnable action = switch (step) {
            case "consultation" -> () -> documents.consult(id, f.consultationFrom(), f.consultationTo());
            case "legality-review" -> () -> documents.linkReview(id, f.reviewId());
            case "deliberation" -> () -> documents.deliberate(id, f.meeting(), f.deliberatedOn());
            case "publication" -> () -> documents.publish(id, f.docNumber(), f.publishedOn(), f.validUntil());
            case "in-force" -> () -> documents.putInForce(id, f.inForceFrom());
            case "filing" -> () -> documents.file(id, f.filedOn());
            case "cleanup" -> () -> documents.cleanUp(id, f.cleanedOn(), f.cleanupResult(), f.cleanupNote(),
                    f.validUntil());
            default -> throw new org.fazhi.shared.NotFound("normative-document-step", step);
        };
        return forms.submit(model, f, binding, () -> {
            action.run();
            redirect.addFlashAttribute("success", "legality.decision.saved");
            return "redirect:/legality/normative-documents/" + id;
        }, () -> detail(id, model));
    }

    private static Optional<Long> ownTown() {
        return DataScope.currentUser().map(org.fazhi.organization.FazhiUser::homeUnit).map(OrgUnitView::townId);
    }

    private String unitName(long id) {
        return directory.find(id).map(OrgUnitView::name).orElse("—");
    }
}
