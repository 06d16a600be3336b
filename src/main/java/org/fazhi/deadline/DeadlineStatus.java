package org.fazhi.deadline;

/**
 * 期限状态 — how a clock stands today, shown as one badge style everywhere: green on track, yellow due soon (黄牌),
 * red overdue (红牌), grey met, paused or stopped.
 */
public enum DeadlineStatus {
    /** 正常 */
    ON_TRACK,
    /** 即将到期: within the clock's warning window of working days */
    DUE_SOON,
    /** 已逾期: past the due date and not met */
    OVERDUE,
    /** 已办结 */
    MET,
    /** 暂停计时 */
    PAUSED,
    /** 已终止 (e.g. the application was withdrawn or abandoned) */
    STOPPED;

    /** Whether the clock still runs or may run again. */
    public boolean open() {
        return this != MET && this != STOPPED;
    }
}
