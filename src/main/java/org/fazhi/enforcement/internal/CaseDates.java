package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;

/**
 * The dates a case keeps that come from the official calendar, worked out from the facts of the case (the day of the
 * notice, of service, of the reminder, the party's challenge) and the calendar as it stands. The steps store them when
 * they are taken; when a year of the calendar is entered or corrected, {@link CaseCalendarFollower} works them out
 * again, so that no rule of the case (the decision after the statement window, the reminder after the payment period,
 * the late fee, the application to the court) reads a date the calendar no longer gives.
 *
 * @param windowEndsOn    the last day for statement and defence, or for asking for a hearing (《行政处罚法》第44条、第64条)
 * @param paymentDueOn    the last day to pay the fine (第67条); the late fee runs from the day after (第72条)
 * @param remediesLapseOn the day the party's remedies lapse (《行政强制法》第53条); none while a challenge is pending or
 *                        after a suit
 * @param reminderEndsOn  the last day of the reminder (《行政强制法》第54条)
 */
record CaseDates(LocalDate windowEndsOn, LocalDate paymentDueOn, LocalDate remediesLapseOn, LocalDate reminderEndsOn) {

    /**
     * The dates of the case on {@code cal}.
     *
     * @param window the period the notice opened (the statement window's clock, or for a case without one, the town's
     *               setting); {@code null} before the notice
     */
    static CaseDates of(PenaltyCase c, WorkingCalendar cal, StatutoryPeriod window) {
        LocalDate notified = c.getNotice().getNotifiedOn();
        LocalDate served = c.getService().getServedOn();
        LocalDate reminded = c.getExecution().getRemindedOn();
        return new CaseDates(
                notified == null || window == null ? c.getNotice().getWindowEndsOn() : cal.dueDate(window, notified),
                served == null || !c.finePayable() ? c.getPayment().getDueOn() : paymentDue(cal, served),
                served == null ? c.getRemedies().getLapsesOn() : remediesLapse(c.getRemedies(), cal, served),
                reminded == null ? c.getExecution().getReminderEndsOn() : reminderEnds(cal, reminded));
    }

    /** 《行政处罚法》第67条: 15 days from receiving the decision. */
    static LocalDate paymentDue(WorkingCalendar cal, LocalDate servedOn) {
        return cal.dueDate(PenaltyPeriods.PAYMENT, servedOn);
    }

    /** 《行政强制法》第54条: 10 working days from the reminder. */
    static LocalDate reminderEnds(WorkingCalendar cal, LocalDate remindedOn) {
        return cal.dueDate(PenaltyPeriods.REMINDER, remindedOn);
    }

    /**
     * When the party's remedies lapse: without a challenge, when both the 60 days for reconsideration and the 6 months
     * for suit from service have; after a reconsideration decision that upheld the penalty, at the end of the 15 days
     * to sue it; never while a challenge is pending, after a suit (the judgment is enforced, not the decision) or after
     * the decision was changed or revoked.
     */
    static LocalDate remediesLapse(Remedies r, WorkingCalendar cal, LocalDate servedOn) {
        if (r.isSued() || r.isReconsiderationPending()) {
            return null;
        }
        if (r.getReconsiderationOn() != null) {
            return r.getReconsiderationResult() == RemedyResult.UPHELD
                    ? PenaltyPeriods.remediesLapseAfterReconsideration(cal, r.getReconsiderationReceivedOn()) : null;
        }
        return PenaltyPeriods.remediesLapse(cal, servedOn);
    }
}
