package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.study.StudyStatistics;
import org.springframework.stereotype.Component;

/** 领导干部学法 — the leadership's study sessions, the topics studied and the 述法 statements, from {@link StudyStatistics}. */
@Component
class StudyFigureSource implements FigureSource {

    private final StudyStatistics statistics;

    StudyFigureSource(StudyStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String prefix() {
        return "study";
    }

    @Override
    public String module() {
        return "study";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        StudyStatistics.Figures f = statistics.of(year, town.id());
        return List.of(FigureSource.count("study.sessions", f.sessions()),
                FigureSource.count("study.topics", f.topics().stream().distinct().count()),
                FigureSource.count("study.statements", f.statements()));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String list = "/study?year=" + year;
        return Map.of("study.sessions", list, "study.topics", list, "study.statements", list);
    }
}
