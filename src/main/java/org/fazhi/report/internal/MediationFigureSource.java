package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.mediation.MediationFigures;
import org.fazhi.mediation.MediationStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/** 矛盾纠纷受理、调解成功率、重大纠纷 — from {@link MediationStatistics}. */
@Component
class MediationFigureSource implements FigureSource {

    private final MediationStatistics statistics;

    MediationFigureSource(MediationStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "mediation";
    }

    @Override
    public String module() {
        return "mediation";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        MediationFigures f = statistics.of(year, town.id());
        return List.of(FigureSource.count("mediation.accepted", f.accepted()),
                FigureSource.count("mediation.townCommittee.accepted", f.townCommittee().accepted()),
                FigureSource.percent("mediation.successRate", f.successRate()),
                FigureSource.count("mediation.townCommittee.writtenAgreements",
                        f.townCommittee().writtenAgreements()),
                FigureSource.count("mediation.townCommittee.oralAgreements", f.townCommittee().oralAgreements()),
                FigureSource.count("mediation.majorDisputes", f.majorDisputes()),
                FigureSource.count("mediation.majorResolved", f.majorResolved()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String list = "/mediation/disputes?year=" + year + "&orgUnit=" + town.id();
        return Map.of("mediation.accepted", list, "mediation.townCommittee.accepted", list,
                "mediation.successRate", list,
                "mediation.townCommittee.writtenAgreements", list + "&status=SUCCEEDED",
                "mediation.townCommittee.oralAgreements", list + "&status=SUCCEEDED",
                "mediation.majorDisputes", list + "&major=true",
                "mediation.majorResolved", list + "&major=true&status=SUCCEEDED");
    }
}
