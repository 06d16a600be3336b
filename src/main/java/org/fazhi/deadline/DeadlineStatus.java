package org.fazhi.deadline;

import java.util.Optional;
import org.fazhi.shared.web.WorkItem;

/**
 * 期限状态 — how a clock stands today, shown as one badge style everywhere: green on track, yellow due soon (黄牌),
 * red overdue (红牌), grey met, paused, stopped or lapsed. Which of overdue and lapsed a passed due date means is
 * decided by whose period it is ({@link ClockPurpose#owner()}), here in the engine and nowhere else.
 */
public enum DeadlineStatus {
    /** 正常 */
    ON_TRACK,
    /** 即将到期: within the clock's warning window of working days */
    DUE_SOON,
    /** 已逾期: a duty of the authority past its due date and not met */
    OVERDUE,
    /**
     * 届满: a party's window past its last day (the time to state a defence, to pay, to apply to the court for
     * confirmation …). Nobody is late: the window simply closed, and the clock leaves the to-do lists. It may still
     * be met, late, when the party acts after all (a late payment is recorded as such).
     */
    LAPSED,
    /** 已办结 */
    MET,
    /** 暂停计时 */
    PAUSED,
    /** 已终止 (e.g. the application was withdrawn or abandoned) */
    STOPPED;

    /** Whether the clock still runs or may run again (a lapsed window may still be met late). */
    public boolean open() {
        return this != MET && this != STOPPED;
    }

    /**
     * Where a clock of this status stands on a dashboard's work list: overdue, due soon or later — or not at all
     * (met, stopped, or a party's lapsed window).
     */
    public Optional<WorkItem.Urgency> urgency() {
        return switch (this) {
            case OVERDUE -> Optional.of(WorkItem.Urgency.OVERDUE);
            case DUE_SOON -> Optional.of(WorkItem.Urgency.DUE_SOON);
            case ON_TRACK, PAUSED -> Optional.of(WorkItem.Urgency.LATER);
            case LAPSED, MET, STOPPED -> Optional.empty();
        };
    }

    /** The status of a clock passed its due date, by whose period it is: overdue or lapsed. */
    public static DeadlineStatus passed(ClockPurpose.Owner owner) {
        return owner == ClockPurpose.Owner.PARTY ? LAPSED : OVERDUE;
    }
}
