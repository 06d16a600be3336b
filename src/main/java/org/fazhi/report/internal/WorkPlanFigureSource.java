package org.fazhi.report.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/**
 * 年度工作要点 — the town's own plan of the year as figures of the report: the day it was adopted, its tasks, those
 * done and those overdue today, each linked to the plan's page. A year without an adopted plan reads "—" and zeros.
 */
@Component
class WorkPlanFigureSource implements FigureSource {

    /** How the report writes a date: 2025年2月10日. */
    static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final WorkPlans plans;

    WorkPlanFigureSource(WorkPlans plans) {
        this.plans = plans;
    }

    @Override
    public String prefix() {
        return "workPlan";
    }

    @Override
    public String module() {
        return "report";
    }

    @Override
    public List<FigureValue> figures(int year, OrgUnitView town) {
        WorkPlans.PlanView plan = plans.of(town.id(), year).filter(p -> p.plan().adopted()).orElse(null);
        if (plan == null) {
            return List.of(new FigureValue("workPlan.adoptedOn", "—"), FigureSource.count("workPlan.tasks", 0),
                    FigureSource.count("workPlan.done", 0), FigureSource.count("workPlan.overdue", 0));
        }
        return List.of(new FigureValue("workPlan.adoptedOn", plan.plan().getAdoptedOn().format(REPORT_DATE)),
                FigureSource.count("workPlan.tasks", plan.tasks().size()),
                FigureSource.count("workPlan.done", plan.count(TaskState.DONE)),
                FigureSource.count("workPlan.overdue", plan.count(TaskState.OVERDUE)));
    }

    @Override
    public Map<String, String> links(int year, OrgUnitView town) {
        String link = plans.of(town.id(), year).map(p -> "/reports/work-plans/" + p.plan().getId())
                .orElse("/reports/work-plans?year=" + year);
        return Map.of("workPlan.adoptedOn", link, "workPlan.tasks", link, "workPlan.done", link,
                "workPlan.overdue", link);
    }
}
