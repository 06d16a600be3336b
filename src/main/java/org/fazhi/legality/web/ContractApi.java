package org.fazhi.legality.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.legality.internal.Conclusion;
import org.fazhi.legality.internal.Contracts;
import org.fazhi.legality.internal.GovernmentContract;
import org.fazhi.legality.internal.LegalityReview;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 政府合同登记 API — the register with the review of each contract, and signing after a lawful review. */
@RestController
@RequestMapping("/api/v1/legality/contracts")
@Tag(name = "政府合同", description = "the town's contracts and their legality review")
class ContractApi {

    private final Contracts contracts;

    ContractApi(Contracts contracts) {
        this.contracts = contracts;
    }

    record NewJson(String subject, Long orgUnitId, String counterparty, BigDecimal amount) {
    }

    record ReviewLinkJson(Long reviewId) {
    }

    record SigningJson(LocalDate signedOn) {
    }

    record ReviewJson(long id, String title, Conclusion conclusion, LocalDate concludedOn) {
        static ReviewJson of(LegalityReview r) {
            return r == null ? null : new ReviewJson(r.getId(), r.getTitle(), r.getConclusion(), r.getConcludedOn());
        }
    }

    record ContractJson(long id, String subject, long orgUnitId, String counterparty, BigDecimal amount,
                        ReviewJson review, LocalDate signedOn) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MajorDecisionApi.WRITE)
    ContractJson register(@RequestBody NewJson body) {
        return json(contracts.register(body.subject(), body.orgUnitId(), body.counterparty(), body.amount()));
    }

    @GetMapping
    @PreAuthorize(MajorDecisionApi.READ)
    PageOf<ContractJson> list(@RequestParam(required = false) Boolean signed, @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(contracts.search(signed, q, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), this::json);
    }

    @GetMapping("/{id}")
    @PreAuthorize(MajorDecisionApi.READ)
    ContractJson get(@PathVariable long id) {
        return json(contracts.contract(id));
    }

    @PostMapping("/{id}/legality-review")
    @PreAuthorize(MajorDecisionApi.WRITE)
    ContractJson review(@PathVariable long id, @RequestBody ReviewLinkJson body) {
        return json(contracts.linkReview(id, body.reviewId()));
    }

    @PostMapping("/{id}/signing")
    @PreAuthorize(MajorDecisionApi.WRITE)
    ContractJson sign(@PathVariable long id, @RequestBody SigningJson body) {
        return json(contracts.sign(id, body.signedOn()));
    }

    private ContractJson json(GovernmentContract c) {
        return new ContractJson(c.getId(), c.getSubject(), c.getDraftingUnitId(), c.getCounterparty(), c.getAmount(),
                ReviewJson.of(contracts.reviewOf(c).orElse(null)), c.getSignedOn());
    }
}
