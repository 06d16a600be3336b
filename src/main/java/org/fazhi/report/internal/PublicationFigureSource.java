package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.springframework.stereotype.Component;

/** 行政执法决定按时公示率 — from {@link PublicationStatistics}. */
@Component
class PublicationFigureSource implements FigureSource {

    private final PublicationStatistics statistics;

    PublicationFigureSource(PublicationStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "publication";
    }

    @Override
    public String module() {
        return "publication";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        return List.of(FigureSource.percent("publication.onTimeRate", statistics.figures(year, town.id())
                .onTimeRate()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        return Map.of("publication.onTimeRate", "/publications?year=" + year + "&count="
                + PublicationFigures.Count.DUE);
    }
}
