package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
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
        return List.of(FigureSource.count("enforcement.decisions", f.penaltyDecisions()),
                FigureSource.count("enforcement.casesReviewed", f.casesReviewed()),
                FigureSource.count("enforcement.collectivelyDiscussed", f.collectivelyDiscussed()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String decided = "/enforcement/cases?decided=" + year;
        return Map.of("enforcement.decisions", decided, "enforcement.casesReviewed", decided,
                "enforcement.collectivelyDiscussed", decided);
    }
}
