package org.fazhi.report.internal;

import java.util.List;
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
        String list = "/mediation/disputes?year=" + year + "&orgUnit=" + town.id();
        return List.of(FigureSource.count("mediation.accepted", f.accepted(), list),
                FigureSource.count("mediation.townCommittee.accepted", f.townCommittee().accepted(), list),
                FigureSource.percent("mediation.successRate", f.successRate(), list),
                FigureSource.count("mediation.townCommittee.writtenAgreements",
                        f.townCommittee().writtenAgreements(), list + "&status=SUCCEEDED"),
                FigureSource.count("mediation.townCommittee.oralAgreements", f.townCommittee().oralAgreements(),
                        list + "&status=SUCCEEDED"),
                FigureSource.count("mediation.majorDisputes", f.majorDisputes(), list + "&major=true"),
                FigureSource.count("mediation.majorResolved", f.majorResolved(),
                        list + "&major=true&status=SUCCEEDED"));
    }
}
