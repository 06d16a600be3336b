package org.fazhi.deadline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;

/**
 * The arithmetic of one clock, in plain Java: the due date of a period from its trigger day with pauses and
 * extensions, the start of its warning window, and its status on a given day. {@link DeadlineClock} keeps the facts;
 * this class turns them into dates, so that the whole computation can be checked without a database.
 */
final class ClockMath {

    private ClockMath() {
    }

    /**
     * A pause: days from {@code from} up to the day before {@code resumedOn} are not counted. While it is not resumed,
     * a pause with a limit ends by itself the day before {@code latestResume}; one without is open-ended.
     */
    record Pause(LocalDate from, LocalDate resumedOn, LocalDate latestResume) {
        Pause(LocalDate from, LocalDate resumedOn) {
            this(from, resumedOn, null);
        }

        /** Not resumed and without a limit: nobody knows how long it will last. */
        boolean open() {
            return resumedOn == null && latestResume == null;
        }

        boolean covers(LocalDate day) {
            LocalDate end = resumedOn != null ? resumedOn : latestResume;
            return !day.isBefore(from) && (end == null || day.isBefore(end));
        }
    }

    /**
     * The dates of a clock: {@code due} and {@code warnFrom} are {@code null} while an open-ended pause lasts, since
     * nobody knows yet how long it will last; a pause with a limit counts as if the clock resumed at its end.
     */
    record Outcome(LocalDate due, LocalDate warnFrom, SortedSet<Integer> yearsWithoutCalendar) {
        boolean provisional() {
            return !yearsWithoutCalendar.isEmpty();
        }
    }

    /**
     * Computes a clock's dates.
     *
     * @param periodStart the trigger day of the running period (not counted)
     * @param pauses      the pauses of the running period
     * @param extensions  the extensions of the running period in the order decided; each is added to the due date as
     *                    it stood, counted in its own unit
     * @param warningDays the warning window in working days
     */
    static Outcome compute(WorkingCalendar calendar, StatutoryPeriod period, LocalDate periodStart,
                           List<Pause> pauses, List<StatutoryPeriod> extensions, int warningDays) {
        return compute(calendar, period, periodStart, pauses, extensions, null, warningDays);
    }

    /**
     * Computes a clock's dates; {@code setDue}, when given, is a due date set by a decision the law allows (《政府信息
     * 公开条例》第35条: a later date for a clearly excessive application) and replaces the computed one.
     */
    static Outcome compute(WorkingCalendar calendar, StatutoryPeriod period, LocalDate periodStart,
                           List<Pause> pauses, List<StatutoryPeriod> extensions, LocalDate setDue, int warningDays) {
        if (pauses.stream().anyMatch(Pause::open)) {
            return new Outcome(null, null, calendar.yearsWithoutCalendar(periodStart, periodStart));
        }
        Predicate<LocalDate> paused = day -> pauses.stream().anyMatch(p -> p.covers(day));
        LocalDate due = setDue != null ? setDue : extendedDueDate(calendar, period, periodStart, extensions, paused);
        LocalDate warnFrom = calendar.workingDaysBefore(due, warningDays);
        return new Outcome(due, warnFrom, new TreeSet<>(calendar.yearsWithoutCalendar(periodStart, due)));
    }

    /**
     * The due date of a period and its extensions. An extension lengthens the period itself: one in the period's own
     * unit is added to its length (90 + 30 days = 120 days from the trigger, the months of 民法典 art. 202 likewise), one
     * in another unit is counted from the period's last day before the roll; the roll of 民法典 art. 203 then applies
     * once, to the last day of the whole. For working-day periods this is the same as adding to the due date as it
     * stood (《政府信息公开条例》第33条), since their last day is always a working day.
     */
    static LocalDate extendedDueDate(WorkingCalendar calendar, StatutoryPeriod period, LocalDate periodStart,
                                     List<StatutoryPeriod> extensions, Predicate<LocalDate> paused) {
        LocalDate anchor = periodStart;
        StatutoryPeriod segment = period;
        for (StatutoryPeriod extension : extensions) {
            if (extension.unit() == segment.unit()) {
                segment = new StatutoryPeriod(segment.amount() + extension.amount(), segment.unit(), segment.basis());
            } else {
                anchor = calendar.lastDayUnrolled(segment, anchor, paused);
                segment = extension;
            }
        }
        return calendar.dueDate(segment, anchor, paused);
    }

    /**
     * The status on {@code today}: met and stopped clocks are grey; a running clock is due soon from the first day of
     * its warning window, past its due date it is overdue — or lapsed, when it counts a party's window (the one rule
     * of whose period it is, {@link DeadlineStatus#passed}) — otherwise on track. A paused clock is grey, unless its
     * pause has a limit and so a due date: then it is overdue (lapsed) or due soon like a running one, so that its
     * alerts keep working.
     */
    static DeadlineStatus status(ClockState state, LocalDate due, LocalDate warnFrom, LocalDate today,
                                 ClockPurpose.Owner owner) {
        return switch (state) {
            case MET -> DeadlineStatus.MET;
            case STOPPED -> DeadlineStatus.STOPPED;
            case PAUSED -> due == null ? DeadlineStatus.PAUSED : today.isAfter(due) ? DeadlineStatus.passed(owner)
                    : !today.isBefore(warnFrom) ? DeadlineStatus.DUE_SOON : DeadlineStatus.PAUSED;
            case RUNNING -> today.isAfter(due) ? DeadlineStatus.passed(owner)
                    : !today.isBefore(warnFrom) ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
        };
    }
}
