package org.fazhi.deadline;

/** 日期类型 — what kind of day a date is in the official calendar. */
public enum DayKind {
    /** 工作日 — Monday to Friday, no holiday. */
    WORKDAY(true),
    /** 周末 — Saturday or Sunday, not an adjusted working day. */
    WEEKEND(false),
    /** 法定节假日 — a day off by the State Council's holiday notice. */
    HOLIDAY(false),
    /** 调休上班日 — a Saturday or Sunday declared a working day. */
    ADJUSTED_WORKDAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean working() {
        return working;
    }
}
