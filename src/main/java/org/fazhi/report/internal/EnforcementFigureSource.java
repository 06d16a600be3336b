package org.fazhi.report.internal;

import java.util.List;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/** 行政处罚决定、法制审核、集体讨论 — from {@link EnforcementStatistics}. */
@Component
class EnforcementFigureSource implements FigureSource {

    private final EnforcementStatistics statistics;

    EnforcementFigureSource(EnforcementStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "enforcement";
    }

    @Override
    public String module() {
        return "enforcement";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        EnforcementStatistics.Figures f = statistics.of(year, town.id());
        String decided = "/enforcement/cases?decided=" + year;
        return List.of(FigureSource.count("enforcement.decisions", f.penaltyDecisions(), decided),
                FigureSource.count("enforcement.casesReviewed", f.casesReviewed(), decided),
                FigureSource.count("enforcement.collectivelyDiscussed", f.collectivelyDiscussed(), decided));
    }
}
