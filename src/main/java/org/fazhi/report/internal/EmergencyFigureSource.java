package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.emergency.EmergencyStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/** 突发事件应对 — the incidents of the year, from {@link EmergencyStatistics}. */
@Component
class EmergencyFigureSource implements FigureSource {

    private final EmergencyStatistics statistics;

    EmergencyFigureSource(EmergencyStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "emergency";
    }

    @Override
    public String module() {
        return "emergency";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        return List.of(FigureSource.count("emergency.incidents", statistics.of(year, town.id()).incidents()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        return Map.of("emergency.incidents", "/emergency/incidents");
    }
}
