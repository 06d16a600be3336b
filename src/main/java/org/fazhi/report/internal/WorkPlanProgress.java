package org.fazhi.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 任务进展 — what a department reports on one of its tasks: the day, the text, whether the task is done with it, and
 * the evidence as links to the platform's own pages where a module keeps the records (a study session, a publicity
 * activity …). Reports are never changed; a task's history is its reports in order.
 */
@Entity
@Table(name = "report_work_plan_progress")
public class WorkPlanProgress extends ScopedRecord {

    /** Links are stored one per line. */
    private static final String SEPARATOR = "\n";

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(nullable = false)
    private boolean done;

    @Column(length = 3500)
    private String evidence;

    @Column(name = "reported_by", nullable = false, length = 60)
    private String reportedBy;

    protected WorkPlanProgress() {
    }

    WorkPlanProgress(WorkPlanTask task, LocalDate reportedOn, String body, boolean done, List<String> evidence,
                     String reportedBy, OrgUnitView holder) {
        this.taskId = task.getId();
        this.reportedOn = reportedOn;
        this.body = body;
        this.done = done;
        this.evidence = evidence.isEmpty() ? null : String.join(SEPARATOR, evidence);
        this.reportedBy = reportedBy;
        assignHolder(holder);
        noteChange("WORK_PLAN_PROGRESS_REPORTED", reportedOn.toString());
    }

    public long getTaskId() {
        return taskId;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getBody() {
        return body;
    }

    public boolean isDone() {
        return done;
    }

    /** The evidence links, in the order reported. */
    public List<String> evidence() {
        return evidence == null ? List.of() : List.of(evidence.split(SEPARATOR));
    }

    public String getReportedBy() {
        return reportedBy;
    }
}
