package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.publicity.PublicityStatistics;
import org.springframework.stereotype.Component;

/** 普法 — activities, village sessions, posts and materials of the year, from {@link PublicityStatistics}. */
@Component
class PublicityFigureSource implements FigureSource {

    private final PublicityStatistics statistics;

    PublicityFigureSource(PublicityStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "publicity";
    }

    @Override
    public String module() {
        return "publicity";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        PublicityStatistics.Figures f = statistics.of(year, town.id());
        long themes = f.byTheme().values().stream().filter(n -> n > 0).count();
        return List.of(FigureSource.count("publicity.activities", f.activities()),
                FigureSource.count("publicity.villageSessions", f.villageSessions()),
                FigureSource.count("publicity.posts", f.posts()),
                FigureSource.count("publicity.materials", f.materials()),
                FigureSource.count("publicity.themes", themes));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String activities = "/publicity/activities?year=" + year;
        return Map.of("publicity.activities", activities, "publicity.villageSessions", activities,
                "publicity.posts", "/publicity/posts?year=" + year, "publicity.materials", activities,
                "publicity.themes", "/publicity/statistics?year=" + year);
    }
}
