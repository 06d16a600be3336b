package org.fazhi.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A statutory clock as other modules and the pages see it.
 *
 * @param subjectType        what the clock belongs to, e.g. {@code disclosure.application}
 * @param subjectId          the id of that record in its module
 * @param purpose            the code of what the clock is for within the record ({@link ClockPurpose#code()})
 * @param owner              whose period it is ({@link ClockPurpose#owner()}): a passed party's window lapses
 * @param periodStart        the trigger day of the running period (the original one, or the day of the last restart)
 * @param dueDate            the last day of the period; {@code null} while paused
 * @param warnFrom           the first day of the warning window; {@code null} while paused
 * @param status             today's status
 * @param provisional        the due date falls in or runs through a year whose official calendar is not loaded
 * @param yearsWithoutCalendar those years, for the warning text
 * @param pauseReason        the reason of the open pause, if paused
 * @param metLate            met after the due date
 * @param setDue             a due date set by decision for the running period, or {@code null}
 * @param dueAt              the due instant of a period in minutes, in the platform's zone; {@code null} otherwise
 * @param metAt              when a clock in minutes was met; {@code null} otherwise
 */
public record DeadlineView(long id, String subjectType, String subjectId, String purpose, ClockPurpose.Owner owner,
                           String title, long townId,
                           long holderUnitId, String assignee, StatutoryPeriod period, LocalDate triggeredOn,
                           LocalDate periodStart, int restarts, LocalDate dueDate, LocalDate warnFrom,
                           int warningWorkingDays, DeadlineStatus status, boolean provisional,
                           List<Integer> yearsWithoutCalendar, LocalDate pausedSince, String pauseReason,
                           LocalDate metOn, boolean metLate, LocalDate stoppedOn, String stopReason,
                           List<Pause> pauses, List<Extension> extensions, SetDue setDue,
                           java.time.OffsetDateTime dueAt, java.time.OffsetDateTime metAt) {

    /**
     * A pause of the running period: the days from {@code from} up to the day before {@code resumedOn} do not count.
     * {@code endsBy} is the last day of a pause with a limit: if not resumed before, the clock runs again the day
     * after by itself; {@code null} for an open-ended pause.
     */
    public record Pause(LocalDate from, LocalDate resumedOn, String reason, LocalDate endsBy) {
    }

    /** An extension of the running period, added to the due date as it stood when it was decided. */
    public record Extension(StatutoryPeriod period, LocalDate decidedOn, String approver, String reason) {
    }

    /** A due date set by decision (《政府信息公开条例》第35条), with the day it was decided and why. */
    public record SetDue(LocalDate dueDate, LocalDate decidedOn, String reason) {
    }

    /** Whether the clock serves {@code p}. */
    public boolean serves(ClockPurpose p) {
        return p.code().equals(purpose);
    }

    /** The citation of the period's legal basis, e.g. 《行政处罚法》第60条. */
    public String legalBasis() {
        return period.basis().citation();
    }
}
