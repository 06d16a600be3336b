package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.legalservice.LegalServiceStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/** 智慧法治 — legal questions answered and the kiosks in service, from {@link LegalServiceStatistics}. */
@Component
class LegalServiceFigureSource implements FigureSource {

    private final LegalServiceStatistics statistics;

    LegalServiceFigureSource(LegalServiceStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "legalServices";
    }

    @Override
    public String module() {
        return "legalservice";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        LegalServiceStatistics.Figures f = statistics.of(year, town.id());
        return List.of(FigureSource.count("legalServices.questions", f.questions()),
                FigureSource.count("legalServices.kiosks", f.kiosks()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        return Map.of("legalServices.questions", "/legal-questions",
                "legalServices.kiosks", "/legal-services/service-points");
    }
}
