package org.fazhi.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.report.internal.RuleOfLawReports;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published annual reports of a town (no login): headings and text, as the town published them. */
@RestController
@PublicEndpoint
@RequestMapping("/api/public/v1/reports/rule-of-law")
@Tag(name = "法治政府建设年度报告 · 公众")
class PublicReportApi {

    private final RuleOfLawReports reports;
    private final PublicTowns towns;
    private final Clock clock;

    PublicReportApi(RuleOfLawReports reports, PublicTowns towns, Clock clock) {
        this.reports = reports;
        this.towns = towns;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "一个乡镇已公开的法治政府建设年度报告，每年最新一份")
    List<ReportJson.PublicReport> published(@Parameter(description = "乡镇编号；只有一个乡镇的平台可以不填")
                                            @RequestParam(required = false) Long town) {
        OrgUnitView t = towns.forApi(town);
        return DataScope.asSystem(() -> reports.published(t.id())).stream()
                .map(v -> ReportJson.PublicReport.of(v, clock.getZone())).toList();
    }
}
