package org.fazhi.legality.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.legality.internal.Conclusion;
import org.fazhi.legality.internal.CounselOpinion;
import org.fazhi.legality.internal.LegalityReview;
import org.fazhi.legality.internal.LegalityReviews;
import org.fazhi.legality.internal.LegalitySettings;
import org.fazhi.legality.internal.ReviewKind;
import org.fazhi.legality.internal.ReviewOpinionDocument;
import org.fazhi.legality.internal.ReviewState;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** 合法性审查 API — receiving drafts, the reviewer's steps, counsel's opinion and the conclusion. */
@RestController
@RequestMapping("/api/v1/legality")
@Tag(name = "合法性审查", description = "legality review of normative documents, major decisions and contracts")
class LegalityApi {

    static final String READ = "hasAnyAuthority('LEGALITY_READ','LEGALITY_OPINION')";
    static final String SUBMIT = "hasAuthority('LEGALITY_SUBMIT')";
    static final String REVIEW = "hasAuthority('LEGALITY_REVIEW')";
    static final String OPINION = "hasAuthority('LEGALITY_OPINION')";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final LegalityReviews reviews;
    private final ReviewOpinionDocument document;

    LegalityApi(LegalityReviews reviews, ReviewOpinionDocument document) {
        this.reviews = reviews;
        this.document = document;
    }

    record NewReviewJson(ReviewKind kind, String title, Long orgUnitId, LocalDate receivedOn, LocalDate requestedBy,
                         String urgencyReason) {
    }

    record CreatedJson(long id, ReviewKind kind, ReviewState state, LocalDate receivedOn, LocalDate dueOn) {
    }

    record OpinionJson(String counsel, LocalDate askedOn, String text, LocalDate writtenOn) {
        static OpinionJson of(CounselOpinion o) {
            return new OpinionJson(o.getCounsel(), o.getAskedOn(), o.getText(), o.getWrittenOn());
        }
    }

    record ReviewJson(long id, ReviewKind kind, ReviewState state, String title, long orgUnitId, LocalDate receivedOn,
                      LocalDate requestedBy, String urgencyReason, LocalDate dueOn, String reviewer,
                      Conclusion conclusion, String reasons, String legalBasis, LocalDate concludedOn,
                      List<OpinionJson> counselOpinions, List<ReviewState.Step> nextSteps) {
    }

    record ListItemJson(long id, ReviewKind kind, ReviewState state, String title, LocalDate receivedOn,
                        String reviewer, Conclusion conclusion) {
        static ListItemJson of(LegalityReview r) {
            return new ListItemJson(r.getId(), r.getKind(), r.getState(), r.getTitle(), r.getReceivedOn(),
                    r.getReviewer(), r.getConclusion());
        }
    }

    record UsernameJson(String username, String reason) {
    }

    record ReturnJson(String reason, LocalDate on) {
    }

    record MaterialJson(LocalDate on) {
    }

    record OpinionTextJson(String text) {
    }

    record ConclusionJson(Conclusion conclusion, String reasons, String legalBasis) {
    }

    record SettingsJson(long townId, int otherWorkingDays, int counselWorkingDays) {
        static SettingsJson of(long townId, LegalitySettings s) {
            return new SettingsJson(townId, s.getOtherWorkingDays(), s.getCounselWorkingDays());
        }
    }

    @PostMapping("/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SUBMIT)
    CreatedJson submit(@RequestBody NewReviewJson body) {
        LegalityReview r = reviews.submit(new LegalityReviews.NewReview(body.kind(), body.title(), body.orgUnitId(),
                body.receivedOn(), body.requestedBy(), body.urgencyReason()));
        return new CreatedJson(r.getId(), r.getKind(), r.getState(), r.getReceivedOn(), reviews.dueOn(r));
    }

    @GetMapping("/reviews")
    @PreAuthorize(READ)
    PageOf<ListItemJson> list(@RequestParam(required = false) ReviewKind kind,
                              @RequestParam(required = false) ReviewState state,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(reviews.search(kind, state, q, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), ListItemJson::of);
    }

    @GetMapping("/reviews/{id}")
    @PreAuthorize(READ)
    ReviewJson get(@PathVariable long id) {
        return json(reviews.review(id));
    }

    @PostMapping("/reviews/{id}/reviewer")
    @PreAuthorize(REVIEW)
    ReviewJson reassign(@PathVariable long id, @RequestBody UsernameJson body) {
        return json(reviews.reassign(id, body.username(), body.reason()));
    }

    @PostMapping("/reviews/{id}/return")
    @PreAuthorize(REVIEW)
    ReviewJson returnForMaterial(@PathVariable long id, @RequestBody ReturnJson body) {
        return json(reviews.returnForMaterial(id, body.reason(), body.on()));
    }

    @PostMapping("/reviews/{id}/material")
    @PreAuthorize(REVIEW)
    ReviewJson receiveMaterial(@PathVariable long id, @RequestBody(required = false) MaterialJson body) {
        return json(reviews.receiveMaterial(id, body == null ? null : body.on()));
    }

    @PostMapping("/reviews/{id}/counsel-request")
    @PreAuthorize(REVIEW)
    ReviewJson askCounsel(@PathVariable long id, @RequestBody UsernameJson body) {
        reviews.askCounsel(id, body.username(), null);
        return json(reviews.review(id));
    }

    @PostMapping("/reviews/{id}/counsel-opinions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OPINION)
    OpinionJson writeOpinion(@PathVariable long id, @RequestBody OpinionTextJson body) {
        return OpinionJson.of(reviews.writeOpinion(id, body.text(), null));
    }

    @PostMapping("/reviews/{id}/conclusion")
    @PreAuthorize(REVIEW)
    ReviewJson conclude(@PathVariable long id, @RequestBody ConclusionJson body) {
        return json(reviews.conclude(id, body.conclusion(), body.reasons(), body.legalBasis(), null));
    }

    /** 合法性审查意见书 of a concluded review. */
    @GetMapping("/reviews/{id}/opinion.docx")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("合法性审查意见书-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(document.of(id));
    }

    @GetMapping("/settings")
    @PreAuthorize(REVIEW)
    SettingsJson settings(@RequestParam long townId) {
        return SettingsJson.of(townId, reviews.settings(townId));
    }

    @PutMapping("/settings")
    @PreAuthorize(REVIEW)
    SettingsJson updateSettings(@RequestBody SettingsJson body) {
        return SettingsJson.of(body.townId(), reviews.updateSettings(body.townId(), body.otherWorkingDays(),
                body.counselWorkingDays()));
    }

    private ReviewJson json(LegalityReview r) {
        return new ReviewJson(r.getId(), r.getKind(), r.getState(), r.getTitle(), r.getDraftingUnitId(),
                r.getReceivedOn(), r.getRequestedBy(), r.getUrgencyReason(), reviews.dueOn(r), r.getReviewer(),
                r.getConclusion(), r.getReasons(), r.getLegalBasis(), r.getConcludedOn(),
                reviews.opinionsOf(r.getId()).stream().map(OpinionJson::of).toList(),
                List.copyOf(r.getState().steps()));
    }
}
