package org.fazhi.legality.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.legality.internal.CleanupResult;
import org.fazhi.legality.internal.Conclusion;
import org.fazhi.legality.internal.DocumentState;
import org.fazhi.legality.internal.LegalityReview;
import org.fazhi.legality.internal.LegalityReviews;
import org.fazhi.legality.internal.NormativeDocument;
import org.fazhi.legality.internal.NormativeDocuments;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 行政规范性文件 API — the register, each step, the filing period and the list due for cleanup. */
@RestController
@RequestMapping("/api/v1/legality/normative-documents")
@Tag(name = "行政规范性文件", description = "drafting, review, deliberation, publication, filing, cleanup")
class NormativeDocumentApi {

    private final NormativeDocuments documents;
    private final LegalityReviews reviews;

    NormativeDocumentApi(NormativeDocuments documents, LegalityReviews reviews) {
        this.documents = documents;
        this.reviews = reviews;
    }

    record NewJson(String title, Long orgUnitId) {
    }

    record ConsultationJson(LocalDate from, LocalDate to) {
    }

    record ReviewLinkJson(Long reviewId) {
    }

    record DeliberationJson(String meeting, LocalDate deliberatedOn) {
    }

    record PublicationJson(String docNumber, LocalDate publishedOn, LocalDate validUntil) {
    }

    record InForceJson(LocalDate inForceFrom) {
    }

    record FilingJson(LocalDate filedOn) {
    }

    record CleanupJson(LocalDate cleanedOn, CleanupResult result, String note, LocalDate validUntil) {
    }

    record FilingPeriodJson(long townId, int filingDays) {
    }

    record ReviewJson(long id, String title, Conclusion conclusion) {
    }

    record DocumentJson(long id, String title, long orgUnitId, DocumentState state, LocalDate consultationFrom,
                        LocalDate consultationTo, ReviewJson review, String meeting, LocalDate deliberatedOn,
                        String docNumber, LocalDate publishedOn, LocalDate inForceFrom, LocalDate validUntil,
                        LocalDate filedOn, LocalDate filingDueOn, LocalDate cleanedOn, CleanupResult cleanupResult,
                        String cleanupNote, List<DocumentState.Step> nextSteps) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MajorDecisionApi.WRITE)
    DocumentJson register(@RequestBody NewJson body) {
        return json(documents.register(body.title(), body.orgUnitId()));
    }

    @GetMapping
    @PreAuthorize(MajorDecisionApi.READ)
    PageOf<DocumentJson> list(@RequestParam(required = false) DocumentState state,
                              @RequestParam(defaultValue = "false") boolean due,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(documents.search(state, due, q, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), this::json);
    }

    @GetMapping("/{id}")
    @PreAuthorize(MajorDecisionApi.READ)
    DocumentJson get(@PathVariable long id) {
        return json(documents.document(id));
    }

    @PostMapping("/{id}/consultation")
    @PreAuthorize(MajorDecisionApi.WRITE)
    DocumentJson consult(@PathVariable long id, @RequestBody ConsultationJson body) {
        return json(documents.consult(id, body.from(), body.to()));
    }

    @PostMapping("/{id}/legality-review")
    @PreAuthorize(MajorDecisionApi.WRITE)
    DocumentJson review(@PathVariable long id, @RequestBody ReviewLinkJson body) {
        return json(documents.linkReview(id, body.reviewId()));
    }

    @PostMapping("/{id}/deliberation")
    @PreAuthorize(MajorDecisionApi.WRITE)
    DocumentJson deliberate(@PathVariable long id, @RequestBody DeliberationJson body) {
        return json(documents.deliberate(id, body.meeting(), body.deliberatedOn()));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(MajorDecisionApi.WRITE)
    DocumentJson publish(@PathVariable long id, @RequestBody PublicationJson body) {
        return json(documents.publish(id, body.docNumber(), body.publishedOn(), body.validUntil()));
    }

    @PostMapping("/{id}/in-force")
    @PreAuthorize(MajorDecisionApi.WRITE)
    DocumentJson inForce(@PathVariable long id, @RequestBody InForceJson body) {
        return json(documents.putInForce(id, body.inForceFrom()));
    }

    @PostMapping("/{id}/filing")
    @PreAuthorize(MajorDecisionApi.WRITE)
    DocumentJson file(@PathVariable long id, @RequestBody FilingJson body) {
        return json(documents.file(id, body.filedOn()));
    }

    @PostMapping("/{id}/cleanup")
    @PreAuthorize(MajorDecisionApi.WRITE)
    DocumentJson cleanUp(@PathVariable long id, @RequestBody CleanupJson body) {
        return json(documents.cleanUp(id, body.cleanedOn(), body.result(), body.note(), body.validUntil()));
    }

    /** The town's filing period (a setting, 30 days after publication by default), kept by the legal reviewer. */
    @PutMapping("/filing-period")
    @PreAuthorize(LegalityApi.REVIEW)
    FilingPeriodJson filingPeriod(@RequestBody FilingPeriodJson body) {
        return new FilingPeriodJson(body.townId(), reviews.updateFilingDays(body.townId(), body.filingDays())
                .getFilingDays());
    }

    private DocumentJson json(NormativeDocument d) {
        LegalityReview r = documents.reviewOf(d).orElse(null);
        return new DocumentJson(d.getId(), d.getTitle(), d.getDraftingUnitId(), d.getState(), d.getConsultationFrom(),
                d.getConsultationTo(), r == null ? null : new ReviewJson(r.getId(), r.getTitle(), r.getConclusion()),
                d.getMeeting(), d.getDeliberatedOn(), d.getDocNumber(), d.getPublishedOn(), d.getInForceFrom(),
                d.getValidUntil(), d.getFiledOn(), documents.filingClock(d).map(DeadlineView::dueDate).orElse(null),
                d.getCleanedOn(), d.getCleanupResult(), d.getCleanupNote(), List.copyOf(d.getState().steps()));
    }
}
