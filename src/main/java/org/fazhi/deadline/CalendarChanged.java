package org.fazhi.deadline;

import java.util.Objects;

/**
 * A year of the official calendar was entered or corrected (工作日历变更). Published in the transaction that changed the
 * calendar, after every running clock has been recomputed, so that a module whose dates are worked out from the
 * calendar in other ways than a clock's due date (a clock's trigger day that is itself a computed date, a last day
 * counted backwards from an event) can follow it in the same transaction. The engine's own methods already count with
 * the new calendar when the event arrives.
 *
 * @param year     the year entered or corrected
 * @param calendar the official calendar as it now stands
 * @param reason   the change as the audit trail names it
 */
public record CalendarChanged(int year, WorkingCalendar calendar, String reason) {

    public CalendarChanged {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(reason, "reason");
    }
}
