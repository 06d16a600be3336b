package org.fazhi.report.web;

import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.report.internal.RuleOfLawReports;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 法治政府建设年度报告 on the town's portal: the published reports, headings and text only. */
@Controller
@PublicEndpoint
class PublicReportPages {

    private final RuleOfLawReports reports;
    private final PublicTowns towns;

    PublicReportPages(RuleOfLawReports reports, PublicTowns towns) {
        this.reports = reports;
        this.towns = towns;
    }

    @GetMapping("/portal/{town}/reports")
    String page(@PathVariable String town, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("reports", DataScope.asSystem(() -> reports.published(t.id())));
        return "report/portal";
    }
}
