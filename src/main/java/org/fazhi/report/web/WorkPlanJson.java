package org.fazhi.report.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.report.internal.TaskState;
import org.fazhi.report.internal.WorkPlanProgress;
import org.fazhi.report.internal.WorkPlans;

/** The JSON shapes of the work plan API. */
final class WorkPlanJson {

    private WorkPlanJson() {
    }

    record NewPlan(Integer year, Long orgUnitId, String title) {
    }

    record NewTask(String title, Long departmentId, String dueOn, String leader) {
    }

    record Adoption(String adoptedOn) {
    }

    record NewProgress(String on, String text, Boolean done, List<String> evidence) {
    }

    record Progress(long id, LocalDate on, String text, boolean done, List<String> evidence, String reportedBy) {
        static Progress of(WorkPlanProgress p) {
            return new Progress(p.getId(), p.getReportedOn(), p.getBody(), p.isDone(), p.evidence(),
                    p.getReportedBy());
        }
    }

    /**
     * @param plannedOn   the date the plan names for the task
     * @param dueOn       the due date on the deadline engine (the plan's date, or the next working day when it is not
     *                    one); {@code null} before the plan is adopted
     * @param clockStatus the status of the task's clock today; {@code null} before adoption
     */
    record Task(long id, String title, long departmentId, String departmentName, String leader, LocalDate plannedOn,
                LocalDate dueOn, DeadlineStatus clockStatus, TaskState state, String stateLabel, LocalDate doneOn,
                List<Progress> progress) {
        static Task of(WorkPlans.TaskView v) {
            var t = v.task();
            return new Task(t.getId(), t.getTitle(), v.department().id(), v.department().name(), t.getLeader(),
                    t.getDueOn(), v.dueDate(), v.clockStatus(), v.state(), v.state().label(), t.getDoneOn(),
                    v.progress().stream().map(Progress::of).toList());
        }
    }

    record Plan(long id, int year, long orgUnitId, String orgUnitName, String title, LocalDate adoptedOn,
                boolean adopted, long tasksDone, long tasksOverdue, List<Task> tasks) {
        static Plan of(WorkPlans.PlanView v) {
            var p = v.plan();
            return new Plan(p.getId(), p.getPlanYear(), v.town().id(), v.town().name(), p.getTitle(),
                    p.getAdoptedOn(), p.adopted(), v.count(TaskState.DONE), v.count(TaskState.OVERDUE),
                    v.tasks().stream().map(Task::of).toList());
        }
    }
}
