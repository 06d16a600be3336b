package org.fazhi.legality.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.legality.internal.DecisionComment;
import org.fazhi.legality.internal.DecisionScope;
import org.fazhi.legality.internal.DecisionState;
import org.fazhi.legality.internal.DiscussionResult;
import org.fazhi.legality.internal.LegalityReview;
import org.fazhi.legality.internal.MajorDecision;
import org.fazhi.legality.internal.MajorDecisionFile;
import org.fazhi.legality.internal.MajorDecisions;
import org.fazhi.legality.internal.RiskLevel;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.PersonalMasking;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 重大行政决策 API — the leader opens a matter and takes it through each step; readers see where it stands. */
@RestController
@RequestMapping("/api/v1/major-decisions")
@Tag(name = "重大行政决策", description = "catalogue, consultation, review, discussion, publication, evaluation")
class MajorDecisionApi {

    static final String READ = "hasAuthority('LEGALITY_READ')";
    static final String WRITE = "hasAuthority('LEGALITY_DECISION')";

    private final MajorDecisions decisions;
    private final MajorDecisionFile file;
    private final MessageSource messages;

    MajorDecisionApi(MajorDecisions decisions, MajorDecisionFile file, MessageSource messages) {
        this.decisions = decisions;
        this.file = file;
        this.messages = messages;
    }

    record NewJson(String title, Long orgUnitId, DecisionScope scopeItem, Integer catalogueYear) {
    }

    record CreatedJson(long id, DecisionState state) {
    }

    record ConsultationJson(LocalDate opensOn, LocalDate closesOn, String reason, String draft, String summary) {
    }

    record CommentJson(Long id, LocalDate receivedOn, String commenter, String text, String answer) {
        /** The commenter's name in clear only to those who run the procedure; masked for other readers. */
        static CommentJson of(DecisionComment c) {
            String who = c.getCommenter() == null || DataScope.currentUserHolds(Permission.LEGALITY_DECISION)
                    ? c.getCommenter() : PersonalMasking.name(c.getCommenter());
            return new CommentJson(c.getId(), c.getReceivedOn(), who, c.getText(), c.getAnswer());
        }
    }

    record AnswerJson(String answer) {
    }

    record SummaryJson(String summary) {
    }

    record ExpertJson(LocalDate on, String summary) {
    }

    record RiskJson(LocalDate on, RiskLevel level, String measures) {
    }

    record CounselJson(String counsel, String opinion, LocalDate on) {
    }

    record ReviewLinkJson(Long reviewId) {
    }

    record LinkedReviewJson(long id, String title, Object conclusion, LocalDate concludedOn) {
    }

    record DiscussionJson(String meeting, String attendees, LocalDate heldOn, DiscussionResult result,
                          String dissent) {
    }

    record PublicationJson(LocalDate publishedOn, String text) {
    }

    record EvaluationJson(LocalDate evaluatedOn, String evaluation, String adjustment) {
    }

    record DecisionJson(long id, String title, long orgUnitId, DecisionScope scopeItem, int catalogueYear,
                        DecisionState state, List<String> stepsDone, List<DecisionState.Step> nextSteps,
                        List<String> missing, boolean discussedWithoutCounsel, ConsultationJson consultation,
                        List<CommentJson> comments, ExpertJson experts, RiskJson risk, CounselJson counsel,
                        LinkedReviewJson review, DiscussionJson discussion, PublicationJson publication,
                        EvaluationJson evaluation) {
    }

    record ListItemJson(long id, String title, DecisionScope scopeItem, int catalogueYear, DecisionState state) {
        static ListItemJson of(MajorDecision d) {
            return new ListItemJson(d.getId(), d.getTitle(), d.getScopeItem(), d.getCatalogueYear(), d.getState());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITE)
    CreatedJson open(@RequestBody NewJson body) {
        MajorDecision d = decisions.open(body.title(), body.orgUnitId(), body.scopeItem(), body.catalogueYear());
        return new CreatedJson(d.getId(), d.getState());
    }

    @GetMapping
    @PreAuthorize(READ)
    PageOf<ListItemJson> list(@RequestParam(required = false) DecisionState state,
                              @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(decisions.search(state, year, q, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), ListItemJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    DecisionJson get(@PathVariable long id) {
        return json(decisions.decision(id));
    }

    @PostMapping("/{id}/consultation")
    @PreAuthorize(WRITE)
    DecisionJson consultation(@PathVariable long id, @RequestBody ConsultationJson body) {
        return json(decisions.openConsultation(id, body.opensOn(), body.closesOn(), body.reason(), body.draft()));
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITE)
    CommentJson comment(@PathVariable long id, @RequestBody CommentJson body) {
        return CommentJson.of(decisions.comment(id, body.receivedOn(), body.commenter(), body.text()));
    }

    @PostMapping("/{id}/comments/{commentId}/answer")
    @PreAuthorize(WRITE)
    CommentJson answer(@PathVariable long id, @PathVariable long commentId, @RequestBody AnswerJson body) {
        return CommentJson.of(decisions.answer(id, commentId, body.answer()));
    }

    @PostMapping("/{id}/consultation-summary")
    @PreAuthorize(WRITE)
    DecisionJson summary(@PathVariable long id, @RequestBody SummaryJson body) {
        return json(decisions.summarise(id, body.summary()));
    }

    @PostMapping("/{id}/expert-argumentation")
    @PreAuthorize(WRITE)
    DecisionJson experts(@PathVariable long id, @RequestBody ExpertJson body) {
        return json(decisions.argue(id, body.on(), body.summary()));
    }

    @PostMapping("/{id}/risk-assessment")
    @PreAuthorize(WRITE)
    DecisionJson risk(@PathVariable long id, @RequestBody RiskJson body) {
        return json(decisions.assessRisk(id, body.on(), body.level(), body.measures()));
    }

    @PostMapping("/{id}/counsel")
    @PreAuthorize(WRITE)
    DecisionJson counsel(@PathVariable long id, @RequestBody CounselJson body) {
        return json(decisions.counsel(id, body.counsel(), body.opinion(), body.on()));
    }

    @PostMapping("/{id}/legality-review")
    @PreAuthorize(WRITE)
    DecisionJson review(@PathVariable long id, @RequestBody ReviewLinkJson body) {
        return json(decisions.linkReview(id, body.reviewId()));
    }

    @PostMapping("/{id}/discussion")
    @PreAuthorize(WRITE)
    DecisionJson discussion(@PathVariable long id, @RequestBody DiscussionJson body) {
        return json(decisions.discuss(id, body.meeting(), body.attendees(), body.heldOn(), body.result(),
                body.dissent()));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(WRITE)
    DecisionJson publication(@PathVariable long id, @RequestBody PublicationJson body) {
        return json(decisions.publish(id, body.publishedOn(), body.text()));
    }

    @PostMapping("/{id}/evaluation")
    @PreAuthorize(WRITE)
    DecisionJson evaluation(@PathVariable long id, @RequestBody EvaluationJson body) {
        return json(decisions.evaluate(id, body.evaluatedOn(), body.evaluation(), body.adjustment()));
    }

    /** 重大行政决策全过程档案 (DOCX) — the whole file as one document (art. 40). */
    @GetMapping("/{id}/file.docx")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(LegalityApi.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("重大行政决策档案-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(file.of(id));
    }

    private DecisionJson json(MajorDecision d) {
        List<String> done = new ArrayList<>();
        if (d.getConsultationOpensOn() != null) {
            done.add(DecisionState.Step.OPEN_CONSULTATION.name());
        }
        if (d.getConsultationSummary() != null) {
            done.add(DecisionState.Step.SUMMARISE_CONSULTATION.name());
        }
        if (d.getExpertOn() != null) {
            done.add(DecisionState.Step.EXPERT_ARGUMENTATION.name());
        }
        if (d.getRiskOn() != null) {
            done.add(DecisionState.Step.RISK_ASSESSMENT.name());
        }
        if (d.getCounselOn() != null) {
            done.add(DecisionState.Step.COUNSEL_OPINION.name());
        }
        if (d.getReviewId() != null) {
            done.add(DecisionState.Step.LINK_REVIEW.name());
        }
        if (d.getHeldOn() != null) {
            done.add(DecisionState.Step.DISCUSS.name());
        }
        if (d.getPublishedOn() != null) {
            done.add(DecisionState.Step.PUBLISH.name());
        }
        if (d.getEvaluatedOn() != null) {
            done.add(DecisionState.Step.EVALUATE.name());
        }
        var locale = LocaleContextHolder.getLocale();
        LegalityReview r = decisions.linkedReview(d).orElse(null);
        return new DecisionJson(d.getId(), d.getTitle(), d.getDraftingUnitId(), d.getScopeItem(),
                d.getCatalogueYear(), d.getState(), done, List.copyOf(d.getState().steps()),
                decisions.missing(d).stream().map(m -> messages.getMessage(m, locale)).toList(),
                decisions.discussedWithoutCounsel(d),
                d.getConsultationOpensOn() == null ? null : new ConsultationJson(d.getConsultationOpensOn(),
                        d.getConsultationClosesOn(), d.getConsultationReason(), d.getConsultationDraft(),
                        d.getConsultationSummary()),
                decisions.commentsOf(d.getId()).stream().map(CommentJson::of).toList(),
                d.getExpertOn() == null ? null : new ExpertJson(d.getExpertOn(), d.getExpertSummary()),
                d.getRiskOn() == null ? null : new RiskJson(d.getRiskOn(), d.getRiskLevel(), d.getRiskMeasures()),
                d.getCounselOn() == null ? null : new CounselJson(d.getCounselName(), d.getCounselOpinion(),
                        d.getCounselOn()),
                r == null ? null : new LinkedReviewJson(r.getId(), r.getTitle(), r.getConclusion(),
                        r.getConcludedOn()),
                d.getHeldOn() == null ? null : new DiscussionJson(d.getMeeting(), d.getAttendees(), d.getHeldOn(),
                        d.getResult(), d.getDissent()),
                d.getPublishedOn() == null ? null : new PublicationJson(d.getPublishedOn(), d.getPublishedText()),
                d.getEvaluatedOn() == null ? null : new EvaluationJson(d.getEvaluatedOn(), d.getEvaluation(),
                        d.getAdjustment()));
    }
}
