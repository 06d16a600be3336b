package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fazhi.shared.Input;
import org.fazhi.supervision.internal.DistrictOverview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 区级执法监督概览 API — the towns in the caller's scope side by side. */
@RestController
@Tag(name = "行政执法监督", description = "the district's comparison of its towns")
class OverviewApi {

    /** Years before this are no data of the platform; a typing error rather than a question. */
    static final int FIRST_YEAR = 2000;

    private final DistrictOverview overview;

    OverviewApi(DistrictOverview overview) {
        this.overview = overview;
    }

    record OverviewJson(int year, List<DistrictOverview.TownFigures> towns) {
    }

    @GetMapping("/api/v1/supervision/overview")
    @PreAuthorize(ComplaintApi.READ)
    @Operation(summary = "各乡镇执法监督指标对比（公示及时率、逾期期限、未销号发现、投诉举报及按时办结；诉讼指标待诉讼模块）")
    OverviewJson overview(@RequestParam(required = false) Integer year) {
        Input in = new Input();
        Integer y = in.number("year", year, FIRST_YEAR, 9999);
        if (year == null) {
            in.problem("year", Input.REQUIRED);
        }
        in.check();
        return new OverviewJson(y, overview.of(y));
    }
}
