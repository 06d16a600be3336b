package org.fazhi.report.internal;

/**
 * 任务状态 — how a task of the work plan stands today: done when a progress report marked it so, overdue when its clock
 * on the deadline engine is past due and it is not done, in progress once a department reported on it.
 */
public enum TaskState {
    NOT_STARTED("未开始"),
    IN_PROGRESS("进行中"),
    DONE("已完成"),
    OVERDUE("逾期");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
