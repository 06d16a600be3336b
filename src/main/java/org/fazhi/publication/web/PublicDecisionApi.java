package org.fazhi.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.internal.PublicDecisionQuery;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.PublicQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 执法公示查询 — the public search API: a town's published, redacted decisions only. */
@RestController
@RequestMapping("/api/public/v1/enforcement/decisions")
@PublicEndpoint
@Tag(name = "执法公示（公众）", description = "published enforcement decisions, redacted")
class PublicDecisionApi {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final PublicDecisionQuery query;
    private final PublicTowns towns;

    PublicDecisionApi(PublicDecisionQuery query, PublicTowns towns) {
        this.query = query;
        this.towns = towns;
    }

    @GetMapping
    @Operation(summary = "检索一个乡镇已公示的执法决定（按当事人、案号或文号、关键词；案号可写作〔2024〕33号、[2024]第33号、2024-33 等）")
    PageOf<PublicDecisionQuery.PublicDecision> search(
            @Parameter(description = "乡镇编号（见 /api/public/v1/towns）；只有一个乡镇的平台可以不填") @RequestParam(required = false) Long town,
            @RequestParam(required = false) @Size(max = PublicQuery.MAX_LENGTH) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
        OrgUnitView t = towns.forApi(town);
        PublicDecisionQuery.Result result = DataScope.asSystem(() -> query.search(t.id(), q, page, size));
        return new PageOf<>(result.items(), result.total(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条已公示的执法决定（已撤回的只有编号、标题与撤回原因）")
    PublicDecisionQuery.PublicDecision get(@PathVariable long id) {
        return DataScope.asSystem(() -> query.get(id)).orElseThrow(() -> new NotFound("publication", id));
    }
}
