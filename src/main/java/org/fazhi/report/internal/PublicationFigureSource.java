package org.fazhi.report.internal;

import java.util.List;
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
        PublicationFigures f = statistics.figures(year, town.id());
        return List.of(FigureSource.percent("publication.onTimeRate", f.onTimeRate(),
                "/publications?year=" + year + "&count=" + PublicationFigures.Count.DUE));
    }
}
