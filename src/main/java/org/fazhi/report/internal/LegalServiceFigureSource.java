package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.legalservice.LegalServiceStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/**
 * 智慧法治 — legal questions answered, the kiosks in service and the places they stand, from
 * {@link LegalServiceStatistics}. {@code legalServices.kioskPlaces}: the places (设备位置 within the town — a village's
 * or community's service room, the town's centre, a market) where at least one kiosk serves on the year's last day
 * (today for the current year), each place counted once.
 */
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
                FigureSource.count("legalServices.kiosks", f.kiosks()),
                FigureSource.count("legalServices.kioskPlaces", f.kioskPlaces()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        return Map.of("legalServices.questions", "/legal-questions",
                "legalServices.kiosks", "/legal-services/service-points",
                "legalServices.kioskPlaces", "/legal-services/service-points");
    }
}
