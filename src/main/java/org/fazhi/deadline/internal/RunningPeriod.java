package org.fazhi.deadline.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;

/**
 * The running period of a clock in days — from its latest trigger (a restart begins a new one) with the pauses and
 * extensions made in it — and the dates they give with the official calendar ({@link ClockMath}). {@link DeadlineClock}
 * takes its steps; this is what it counts with.
 *
 * @param setDue a due date set by decision for this period, or {@code null}
 */
record RunningPeriod(StatutoryPeriod period, LocalDate start, List<ClockPause> pauses,
                     List<ClockExtension> extensions, LocalDate setDue, int warningDays) {

    /** The due date, the start of the warning window and whether a year of it has no official calendar yet. */
    ClockDates dates(WorkingCalendar calendar) {
        return ClockDates.of(compute(calendar, pauses.stream().map(p -> p.math(calendar)).toList()));
    }

    /**
     * The due date as it stands on {@code day}. While an open-ended pause lasts (a hearing) the clock has no due date,
     * since nobody knows when it resumes; on the day of the pause, though, the period is not over as long as the days
     * counted before the pause leave some of it: the due date as it stands is the one the clock would have if it ran
     * again the day after {@code day}.
     */
    LocalDate dueAsItStands(LocalDate day, WorkingCalendar calendar) {
        return compute(calendar, pauses.stream().map(p -> {
            ClockMath.Pause math = p.math(calendar);
            return math.open() ? new ClockMath.Pause(math.from(), day.isBefore(math.from()) ? math.from()
                    : day.plusDays(1)) : math;
        }).toList()).due();
    }

    private ClockMath.Outcome compute(WorkingCalendar calendar, List<ClockMath.Pause> asCounted) {
        return ClockMath.compute(calendar, period, start, asCounted,
                extensions.stream().map(ClockExtension::period).toList(), setDue, warningDays);
    }

    /** The pause not resumed yet, if any. */
    Optional<ClockPause> openPause() {
        return pauses.stream().filter(ClockPause::open).findFirst();
    }

    /** The day the latest resumed pause ended: a new pause may not begin before it. */
    Optional<LocalDate> lastResumed() {
        return pauses.stream().map(ClockPause::resumedOn).filter(Objects::nonNull).max(LocalDate::compareTo);
    }

    /** Ends an open pause on {@code on}, or on its first day if that is later: the period restarts, is met or stops. */
    void closeOpenPause(LocalDate on, WorkingCalendar calendar) {
        pauses.stream().filter(ClockPause::open).forEach(p -> p.resume(on.isBefore(p.pausedFrom())
                ? p.pausedFrom() : on, calendar));
    }
}
