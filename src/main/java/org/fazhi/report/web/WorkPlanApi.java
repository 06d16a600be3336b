package org.fazhi.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fazhi.report.internal.WorkPlans;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 法治政府建设年度工作要点 API — a town's plan of the year, its tasks with their clocks on the deadline engine, the
 * adoption and the departments' progress reports.
 */
@RestController
@RequestMapping(WorkPlanApi.BASE)
@Tag(name = "法治政府建设年度工作要点", description = "the town's rule-of-law work plan of the year")
class WorkPlanApi {

    static final String BASE = "/api/v1/reports/work-plans";
    /** Who reads plans: the report's readers and every department that reports progress. */
    static final String READ = "hasAnyAuthority('REPORT_READ', 'WORK_PLAN_PROGRESS')";
    static final String PROGRESS = "hasAuthority('WORK_PLAN_PROGRESS')";

    private final WorkPlans plans;

    WorkPlanApi(WorkPlans plans) {
        this.plans = plans;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ReportApi.WRITE)
    @Operation(summary = "新建乡镇某年度的工作要点（草稿，每镇每年一份）")
    WorkPlanJson.Plan create(@RequestBody WorkPlanJson.NewPlan body) {
        return WorkPlanJson.Plan.of(plans.create(body.year(), body.orgUnitId(), body.title()));
    }

    @PostMapping("/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ReportApi.WRITE)
    @Operation(summary = "添加任务（责任部门须为本镇部门，完成期限在工作要点年度内；已通过的工作要点即时开始计时）")
    WorkPlanJson.Task addTask(@PathVariable long id, @RequestBody WorkPlanJson.NewTask body) {
        return WorkPlanJson.Task.of(plans.addTask(id, body.title(), body.departmentId(), body.dueOn(),
                body.leader()));
    }

    @PostMapping("/{id}/adoption")
    @PreAuthorize(ReportApi.WRITE)
    @Operation(summary = "通过工作要点（各任务在期限引擎上开始计时）")
    WorkPlanJson.Plan adopt(@PathVariable long id, @RequestBody WorkPlanJson.Adoption body) {
        return WorkPlanJson.Plan.of(plans.adopt(id, body.adoptedOn()));
    }

    @PostMapping("/{id}/tasks/{taskId}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PROGRESS)
    @Operation(summary = "责任部门报告任务进展（证明材料为平台内页面的链接；标记完成即办结计时）")
    WorkPlanJson.Task report(@PathVariable long id, @PathVariable long taskId,
                             @RequestBody WorkPlanJson.NewProgress body) {
        return WorkPlanJson.Task.of(plans.report(id, taskId, body.on(), body.text(), body.done(), body.evidence()));
    }

    @GetMapping
    @PreAuthorize(READ)
    List<WorkPlanJson.Plan> list(@RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) Long orgUnit) {
        return plans.list(year, orgUnit).stream().map(WorkPlanJson.Plan::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    WorkPlanJson.Plan get(@PathVariable long id) {
        return WorkPlanJson.Plan.of(plans.plan(id));
    }
}
