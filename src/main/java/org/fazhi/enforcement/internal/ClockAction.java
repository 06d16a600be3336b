package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;

/**
 * One thing a step does to one clock of the case, as {@link StepClocks} lists it. Meeting, stopping, pausing and
 * resuming act on the clock only while the procedure has it open, so a step that finds no such clock (the summary
 * procedure keeps no decision clock) simply passes it by.
 *
 * @param kind   what is done
 * @param clock  to which clock ({@code null} for {@link Kind#STOP_ALL})
 * @param when   whether the action applies to this case and step
 * @param start  the trigger day and period of a clock started, or the period an extension adds
 * @param date   the day of a resumption (the step's day unless given)
 * @param reason the reason of a stop or a pause
 */
record ClockAction(Kind kind, CaseClock clock, Predicate<Facts> when, Function<Facts, PenaltyPeriods.ClockStart> start,
                   Function<Facts, LocalDate> date, Function<Facts, String> reason) {

    enum Kind { START, MEET, STOP, PAUSE, RESUME, EXTEND, STOP_ALL }

    /**
     * What the actions read: the case after the aggregate took the step, the step's day and input, the town's
     * settings and the official calendar.
     */
    record Facts(PenaltyCase c, LocalDate on, CaseService.StepInput in, EnforcementSettings settings,
                 WorkingCalendar calendar) {

        boolean ordinary() {
            return c.getProcedure() == ProcedureKind.ORDINARY;
        }
    }

    /** Starts the clock on the step's day with the period given. */
    static ClockAction start(CaseClock clock, Function<Facts, StatutoryPeriod> period) {
        return new ClockAction(Kind.START, clock, f -> true, f -> new PenaltyPeriods.ClockStart(f.on(),
                period.apply(f)), Facts::on, f -> null);
    }

    /** Starts the clock from a trigger day of its own (not the step's day). */
    static ClockAction startFrom(CaseClock clock, Function<Facts, PenaltyPeriods.ClockStart> start) {
        return new ClockAction(Kind.START, clock, f -> true, start, Facts::on, f -> null);
    }

    /** The duty was done on the step's day (a paused clock is resumed first). */
    static ClockAction meet(CaseClock clock) {
        return new ClockAction(Kind.MEET, clock, f -> true, null, Facts::on, f -> null);
    }

    static ClockAction stop(CaseClock clock, String reason) {
        return new ClockAction(Kind.STOP, clock, f -> true, null, Facts::on, f -> reason);
    }

    /** Every open clock of the case ends. */
    static ClockAction stopAll(String reason) {
        return new ClockAction(Kind.STOP_ALL, null, f -> true, null, Facts::on, f -> reason);
    }

    /** From the step's day on, days are not counted (a clock already paused stays as it is). */
    static ClockAction pause(CaseClock clock, Function<Facts, String> reason) {
        return new ClockAction(Kind.PAUSE, clock, f -> true, null, Facts::on, reason);
    }

    /** Counting starts again on the day given (a clock not paused stays as it is). */
    static ClockAction resume(CaseClock clock, Function<Facts, LocalDate> on) {
        return new ClockAction(Kind.RESUME, clock, f -> true, null, on, f -> null);
    }

    /** The approved extension is added to the clock's due date; the step's note is its reason. */
    static ClockAction extend(CaseClock clock, Function<Facts, StatutoryPeriod> extension) {
        return new ClockAction(Kind.EXTEND, clock, f -> true, f -> new PenaltyPeriods.ClockStart(f.on(),
                extension.apply(f)), Facts::on, f -> f.in().note());
    }

    /** The same action, only where {@code condition} holds. */
    ClockAction when(Predicate<Facts> condition) {
        return new ClockAction(kind, clock, when.and(condition), start, date, reason);
    }
}
