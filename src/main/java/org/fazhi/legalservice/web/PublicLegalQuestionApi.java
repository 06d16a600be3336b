package org.fazhi.legalservice.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.fazhi.legalservice.internal.LegalQuestion;
import org.fazhi.legalservice.internal.LegalQuestions;
import org.fazhi.legalservice.internal.QuestionCategory;
import org.fazhi.legalservice.internal.QuestionState;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.BadRequest;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.input.Phone;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 法律咨询（公众）— asking a legal question without login (rate-limited like every public submission), following it
 * by its tracking code (never the asker's name or phone), and the answers a town publishes with the askers' consent,
 * redacted.
 */
@RestController
@PublicEndpoint
class PublicLegalQuestionApi {

    private final LegalQuestions questions;
    private final PublicTowns towns;

    PublicLegalQuestionApi(LegalQuestions questions, PublicTowns towns) {
        this.questions = questions;
        this.towns = towns;
    }

    record AskJson(@NotNull Long orgUnitId, @NotBlank String category,
                   @NotBlank @Size(max = LegalQuestions.MAX_QUESTION) String question,
                   @NotBlank @Size(max = 50) String contactName, @NotBlank @Size(max = 30) @Phone String contactPhone,
                   Boolean publishConsent) {
    }

    record ReceiptJson(String trackingCode) {
    }

    record TrackingJson(QuestionState state, String stateLabel, LocalDate askedOn, String answer,
                        LocalDate answeredOn) {
    }

    record PublishedJson(String category, LocalDate askedOn, String question, String answer,
                         LocalDate answeredOn) {
    }

    @PostMapping("/api/public/v1/legal-questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提出法律咨询（镇或村居）；返回查询码")
    ReceiptJson ask(@Valid @RequestBody AskJson body) {
        QuestionCategory category = QuestionCategory.byLabel(body.category())
                .orElseThrow(() -> new BadRequest("category", "legalservice.category.unknown", body.category()));
        if (DataScope.asSystem(() -> questions.unitOf(body.orgUnitId())).isEmpty()) {
            throw new BadRequest("orgUnitId", "legalservice.orgUnit.unknown");
        }
        LegalQuestion q = DataScope.asSystem(() -> questions.ask(null, new LegalQuestions.NewQuestion(
                body.orgUnitId(), category, body.question(), body.contactName(), body.contactPhone(),
                body.publishConsent())));
        return new ReceiptJson(q.getTrackingCode());
    }

    @GetMapping("/api/public/v1/legal-questions/{trackingCode}")
    @Operation(summary = "凭查询码查询法律咨询的状态和解答（不含个人信息）")
    TrackingJson track(@PathVariable String trackingCode) {
        return DataScope.asSystem(() -> questions.track(trackingCode)).map(PublicLegalQuestionApi::tracking)
                .orElseThrow(() -> new NotFound("legal-question", 0));
    }

    @GetMapping("/api/public/v1/legal-questions")
    @Operation(summary = "经咨询人同意公开的解答（已脱敏）")
    PageOf<PublishedJson> published(@RequestParam(required = false) Long town,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        long townId = towns.forApi(town).id();
        return PageOf.of(DataScope.asSystem(() -> questions.published(townId,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)))), PublicLegalQuestionApi::published);
    }

    /** What the holder of a code sees: the state and dates, and the answer redacted (a code can be passed on). */
    static TrackingJson tracking(LegalQuestion q) {
        return new TrackingJson(q.getState(), q.getState().label(), q.getAskedOn(),
                q.getAnswer() == null ? null : q.publicAnswer(), q.getAnsweredOn());
    }

    static PublishedJson published(LegalQuestion q) {
        return new PublishedJson(q.getCategory().label(), q.getAskedOn(), q.publicQuestion(),
                q.publicAnswer(), q.getAnsweredOn());
    }
}
