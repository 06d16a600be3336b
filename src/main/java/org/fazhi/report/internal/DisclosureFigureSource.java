package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.DisclosureStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/** 依申请公开 — from {@link DisclosureStatistics}. */
@Component
class DisclosureFigureSource implements FigureSource {

    private final DisclosureStatistics statistics;

    DisclosureFigureSource(DisclosureStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "disclosure";
    }

    @Override
    public String module() {
        return "disclosure";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        DisclosureStatistics.Figures f = statistics.of(year, town.id());
        return List.of(FigureSource.count("disclosure.applications", f.received()),
                FigureSource.percent("disclosure.onTimeRate", f.onTimeRate()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        return Map.of("disclosure.applications", "/disclosure/applications?from=" + year + "-01-01&to=" + year
                + "-12-31", "disclosure.onTimeRate", "/disclosure/applications?year=" + year + "&count=ANSWERED");
    }
}
