package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.supervision.SupervisionStatistics;
import org.springframework.stereotype.Component;

/** 行政执法监督 — the findings raised from the data in the year and those still open at its end. */
@Component
class SupervisionFigureSource implements FigureSource {

    private final SupervisionStatistics statistics;

    SupervisionFigureSource(SupervisionStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "supervision";
    }

    @Override
    public String module() {
        return "supervision";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        SupervisionStatistics.Figures f = statistics.of(year, town.id());
        return List.of(FigureSource.count("supervision.findings", f.findings()),
                FigureSource.count("supervision.findingsOpen", f.openAtYearEnd()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String list = "/supervision/findings?townId=" + town.id() + "&year=" + year;
        return Map.of("supervision.findings", list, "supervision.findingsOpen", list);
    }
}
