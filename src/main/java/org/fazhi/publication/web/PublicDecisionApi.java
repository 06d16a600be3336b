package org.fazhi.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.internal.PublicDecisionQuery;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.PublicEndpoint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 执法公示查询 — the public search API: published, redacted decisions only. */
@RestController
@RequestMapping("/api/public/v1/enforcement/decisions")
@PublicEndpoint
@Tag(name = "执法公示（公众）", description = "published enforcement decisions, redacted")
class PublicDecisionApi {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_QUERY = 50;

    private final PublicDecisionQuery query;

    PublicDecisionApi(PublicDecisionQuery query) {
        this.query = query;
    }

    @GetMapping
    @Operation(summary = "检索已公示的执法决定（按当事人、文号、关键词）")
    PageOf<PublicDecisionQuery.PublicDecision> search(@RequestParam(required = false) @Size(max = MAX_QUERY) String q,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
        PublicDecisionQuery.Result result = DataScope.asSystem(() -> query.search(q, page, size));
        return new PageOf<>(result.items(), result.total(), page, size);
    }
}
