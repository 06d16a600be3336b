package org.fazhi.deadline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.internal.DeadlineQueries;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 期限接口 — the statutory clocks within the caller's data scope (read only: modules move their clocks). */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "期限提醒", description = "statutory deadline clocks")
class DeadlineApi {

    private final DeadlineQueries queries;
    private final DeadlineEngine engine;
    private final CalendarWarnings warnings;

    DeadlineApi(DeadlineQueries queries, DeadlineEngine engine, CalendarWarnings warnings) {
        this.queries = queries;
        this.engine = engine;
        this.warnings = warnings;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DEADLINE_READ')")
    @Operation(summary = "期限列表：按状态、本人及本单位、关键词、到期日筛选")
    PageOf<DeadlineJson> list(@RequestParam(defaultValue = "OPEN") DeadlineQueries.StatusFilter status,
                  @RequestParam(defaultValue = "false") boolean mine,
                  @RequestParam(required = false) String q,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
                  @RequestParam(defaultValue = "DUE") DeadlineQueries.SortBy sort,
                  @RequestParam(defaultValue = "false") boolean desc,
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(DeadlineQueries.MAX_PAGE_SIZE) int size) {
        Page<org.fazhi.deadline.DeadlineView> result = queries.search(
                new DeadlineQueries.Filter(status, mine, q, dueFrom, dueTo), page, size, sort, desc);
        return PageOf.of(result, d -> DeadlineJson.of(d, warnings));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DEADLINE_READ')")
    @Operation(summary = "一个期限（不在数据范围内的答复 404）")
    DeadlineJson get(@PathVariable long id) {
        return engine.find(id).map(d -> DeadlineJson.of(d, warnings)).orElseThrow(() -> new NotFound("deadline", id));
    }
}
