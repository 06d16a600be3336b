package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.officer.OfficerStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/** 执法证申领、换证 — from {@link OfficerStatistics}. */
@Component
class OfficerFigureSource implements FigureSource {

    private final OfficerStatistics statistics;

    OfficerFigureSource(OfficerStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "officers";
    }

    @Override
    public String module() {
        return "officer";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        OfficerStatistics.Figures f = statistics.of(year, town.id());
        return List.of(FigureSource.count("officers.certificatesIssued", f.certificatesIssued()),
                FigureSource.count("officers.certificatesRenewed", f.certificatesRenewed()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String list = "/officers?unit=" + town.id();
        return Map.of("officers.certificatesIssued", list, "officers.certificatesRenewed", list);
    }
}
