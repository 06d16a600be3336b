package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.litigation.LitigationStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/** 行政诉讼 — the lawsuits of the year and the head's appearance, from {@link LitigationStatistics}. */
@Component
class LitigationFigureSource implements FigureSource {

    private final LitigationStatistics statistics;

    LitigationFigureSource(LitigationStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "litigation";
    }

    @Override
    public String module() {
        return "litigation";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        LitigationStatistics.KindFigures f = statistics.of(year, town.id()).litigation();
        return List.of(FigureSource.count("litigation.received", f.received()),
                FigureSource.count("litigation.concluded", f.concluded()),
                FigureSource.count("litigation.lost", f.lost()),
                FigureSource.percent("litigation.appearanceRate", f.appearanceRate()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String list = "/litigation/cases?kind=LITIGATION";
        return Map.of("litigation.received", list, "litigation.concluded", list + "&state=CONCLUDED",
                "litigation.lost", list + "&state=CONCLUDED", "litigation.appearanceRate", list);
    }
}
