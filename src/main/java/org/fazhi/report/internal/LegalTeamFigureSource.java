package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.counsel.LegalTeamStatistics;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/** 村（居）法律顾问 — from {@link LegalTeamStatistics}. */
@Component
class LegalTeamFigureSource implements FigureSource {

    private final LegalTeamStatistics statistics;

    LegalTeamFigureSource(LegalTeamStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "legalTeams";
    }

    @Override
    public String module() {
        return "counsel";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        LegalTeamStatistics.Figures f = statistics.of(year, town.id());
        return List.of(FigureSource.count("legalTeams.villages", f.villages()),
                FigureSource.count("legalTeams.advisors", f.advisors()),
                FigureSource.percent("legalTeams.advisorCoverage", f.advisorCoverage()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String q = "?year=" + year + "&orgUnit=" + town.id();
        return Map.of("legalTeams.villages", "/legal-teams/villages" + q, "legalTeams.advisors", "/legal-teams" + q,
                "legalTeams.advisorCoverage", "/legal-teams/villages" + q + "&covered=true");
    }
}
