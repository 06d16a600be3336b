package org.fazhi.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 工作要点任务 — one task of a work plan: what is to be done, the responsible department (its holder, so that the
 * task's clock and alerts reach that department), the leader in charge (分管领导) and the date the plan names for it.
 * The due date it runs against is its clock's on the deadline engine; {@code doneOn} is set by the progress report
 * that marks it done.
 */
@Entity
@Table(name = "report_work_plan_task")
public class WorkPlanTask extends ScopedRecord implements AuditNamed {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 60)
    private String leader;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected WorkPlanTask() {
    }

    WorkPlanTask(WorkPlan plan, String title, OrgUnitView department, String leader, LocalDate dueOn) {
        this.planId = plan.getId();
        this.title = title;
        this.leader = leader;
        this.dueOn = dueOn;
        assignHolder(department);
        noteChange("WORK_PLAN_TASK_ADDED", title);
    }

    void markDone(LocalDate on) {
        this.doneOn = on;
        noteChange("WORK_PLAN_TASK_DONE", on.toString());
    }

    public boolean done() {
        return doneOn != null;
    }

    public long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public String getLeader() {
        return leader;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    @Override
    public String auditName() {
        return title;
    }
}
