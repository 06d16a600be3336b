package org.fazhi.deadline;

import java.time.LocalDate;

/**
 * A running clock's due date moved because the official calendar changed. Published in the transaction that changed
 * the calendar, so that a module keeping a copy of the due date can follow it.
 */
public record DeadlineMoved(long deadlineId, String subjectType, String subjectId, String purpose, LocalDate dueDate) {

    /** Whether the clock that moved serves {@code p}. */
    public boolean serves(ClockPurpose p) {
        return p.code().equals(purpose);
    }
}
