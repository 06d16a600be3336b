package org.fazhi.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/**
 * 工作要点入报告 — where the town's work plans shape a new draft: part 二 cites the adoption of the year's plan and
 * its tasks (as live figures of {@link WorkPlanFigureSource}); part 三 opens with the year's tasks not done, for staff
 * to write the causes; part 四 lists the tasks of next year's plan where the town has one. Without a plan a section
 * keeps its template's wording.
 */
@Component
class WorkPlanDrafts {

    static final String RESPONSIBILITY = "responsibility";
    static final String SHORTCOMINGS = "shortcomings";
    static final String PLANS = "plans";

    private final WorkPlans plans;

    WorkPlanDrafts(WorkPlans plans) {
        this.plans = plans;
    }

    /** The first text of a section of the town's report of {@code year}, from its template's {@code text}. */
    String draft(String key, String text, int year, OrgUnitView town) {
        return switch (key) {
            case RESPONSIBILITY -> plans.of(town.id(), year).filter(p -> p.plan().adopted())
                    .map(p -> text + "\n" + "{workPlan.adoptedOn}，{town}通过《" + plain(p.plan().getTitle())
                            + "》，部署年度任务{workPlan.tasks}项，由分管领导和责任部门逐项推进，年内完成"
                            + "{workPlan.done}项。")
                    .orElse(text);
            case SHORTCOMINGS -> plans.of(town.id(), year).filter(p -> !p.unfinished().isEmpty())
                    .map(p -> unfinished(p) + "\n" + text).orElse(text);
            case PLANS -> plans.of(town.id(), year + 1).filter(p -> !p.tasks().isEmpty())
                    .map(WorkPlanDrafts::nextYear).orElse(text);
            default -> text;
        };
    }

    private static String unfinished(WorkPlans.PlanView p) {
        List<String> lines = new ArrayList<>();
        lines.add("对照《" + plain(p.plan().getTitle()) + "》，以下任务年内尚未完成（原因待补充）：");
        int i = 0;
        for (WorkPlans.TaskView t : p.unfinished()) {
            lines.add(++i + "、" + plain(t.task().getTitle()) + "（责任部门：" + t.department().name() + "，完成期限："
                    + (t.dueDate() == null ? t.task().getDueOn() : t.dueDate()).format(WorkPlanFigureSource.REPORT_DATE)
                    + (t.state() == TaskState.OVERDUE ? "，已逾期" : "") + "）。");
        }
        return String.join("\n", lines);
    }

    private static String nextYear(WorkPlans.PlanView p) {
        List<String> lines = new ArrayList<>();
        lines.add(p.plan().getPlanYear() + "年，{town}将按照《" + plain(p.plan().getTitle()) + "》重点做好以下工作：");
        int i = 0;
        for (WorkPlans.TaskView t : p.tasks()) {
            lines.add(++i + "、" + plain(t.task().getTitle()) + "。");
        }
        return String.join("\n", lines);
    }

    /** A title as text of the report: braces would read as placeholders, so they are written full-width. */
    private static String plain(String title) {
        return title.replace('{', '｛').replace('}', '｝');
    }
}
