package org.fazhi.report.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * Demo work plans of 三星镇, compiled by {@code reviewer} before the demo reports are generated (so that their parts
 * 二 to 四 draw on them): this year's plan adopted early in the year with eight tasks across the departments — three
 * done with links to the records that prove them, one overdue this month ({@link DemoCalendar#overdueBy}), the others
 * running to the end of the year — and next year's plan as a draft with three tasks. Task titles are invented demo
 * texts.
 */
@Component
class WorkPlanDemoData implements DemoDataContributor {

    private final WorkPlans plans;
    private final OrgDirectory directory;

    WorkPlanDemoData(WorkPlans plans, OrgDirectory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 990;
    }

    private record Task(String title, String department, String leader) {
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        long town = runAs.as("reviewer", () -> DataScope.currentUser().orElseThrow().homeUnit().townId());
        LocalDate today = dates.today();
        LocalDate overdue = dates.overdueBy(2);
        LocalDate early = today.withDayOfYear(10);
        LocalDate adoptedOn = dates.workingDayOnOrBefore(min(min(today, early), overdue.minusDays(1)));
        LocalDate yearEnd = today.withDayOfYear(today.lengthOfYear());
        LocalDate soon = dates.workingDaysAhead(8).getYear() == today.getYear() ? dates.workingDaysAhead(8) : yearEnd;
        int year = dates.currentYear();
        List<Task> done = List.of(
                new Task("开展党政主要负责人年度述法和领导干部集中学法", "司法所", "镇长（示例）"),
                new Task("组织“八五”普法主题宣传活动", "司法所", "分管副镇长（示例）"),
                new Task("开展矛盾纠纷排查化解专项行动", "镇人民调解委员会", "分管副镇长（示例）"));
        List<String> evidence = List.of("/study?year=" + year, "/publicity/activities?year=" + year,
                "/mediation/disputes?year=" + year + "&orgUnit=" + town);
        long planId = runAs.as("reviewer", () -> {
            long id = plans.create(year, town, "三星镇" + year + "年法治政府建设工作要点（示例）").plan().getId();
            for (Task t : done) {
                plans.addTask(id, t.title(), department(town, t.department()), yearEnd.toString(), t.leader());
            }
            plans.addTask(id, "完成行政执法案卷评查并整改", department(town, "综合行政执法局"),
                    overdue.toString(), "分管副镇长（示例）");
            plans.addTask(id, "修订政府信息公开指南和主动公开目录", department(town, "政务公开办公室"),
                    soon.toString(), "分管副镇长（示例）");
            plans.addTask(id, "修订突发事件总体应急预案并组织演练", department(town, "应急管理办公室"),
                    yearEnd.toString(), "分管副镇长（示例）");
            plans.addTask(id, "落实重大行政决策合法性审查全覆盖", department(town, "党政办"),
                    yearEnd.toString(), "镇长（示例）");
            plans.addTask(id, "推进行政执法“三项制度”数字化记录", department(town, "综合行政执法局"),
                    yearEnd.toString(), "分管副镇长（示例）");
            plans.adopt(id, adoptedOn.toString());
            return id;
        });
        List<WorkPlans.TaskView> tasks = runAs.as("reviewer", () -> plans.plan(planId).tasks());
        for (int i = 0; i < done.size(); i++) {
            String title = done.get(i).title();
            long taskId = tasks.stream().filter(t -> t.task().getTitle().equals(title)).findFirst().orElseThrow()
                    .task().getId();
            LocalDate on = max(adoptedOn, dates.workingDaysAgo(12 - 3 * i));
            List<String> links = List.of(evidence.get(i));
            String user = done.get(i).department().equals("司法所") ? "reviewer" : "mediator";
            runAs.as(user, () -> plans.report(planId, taskId, on.toString(), "已按计划完成（示例）。", true, links));
        }
        tasks.stream().filter(t -> t.task().getTitle().startsWith("完成行政执法案卷评查")).findFirst()
                .ifPresent(t -> runAs.as("officer1", () -> plans.report(planId, t.task().getId(),
                        adoptedOn.toString(), "已抽取案卷，评查进行中（示例）。", false, List.of())));
        LocalDate next = today.plusYears(1);
        runAs.as("reviewer", () -> {
            long id = plans.create(year + 1, town, "三星镇" + (year + 1) + "年法治政府建设工作要点（示例）").plan()
                    .getId();
            plans.addTask(id, "深入学习宣传习近平法治思想", department(town, "司法所"),
                    next.withDayOfYear(90).toString(), "镇长（示例）");
            plans.addTask(id, "推进镇村两级法律顾问全覆盖", department(town, "司法所"),
                    next.withDayOfYear(180).toString(), "分管副镇长（示例）");
            plans.addTask(id, "提升行政执法案卷规范化水平", department(town, "综合行政执法局"),
                    next.withDayOfYear(300).toString(), "分管副镇长（示例）");
            return id;
        });
    }

    private long department(long town, String name) {
        OrgUnitView unit = directory.departmentOrTown(town, name);
        return unit.id();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
