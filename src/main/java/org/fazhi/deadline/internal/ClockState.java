package org.fazhi.deadline.internal;

import java.util.EnumSet;
import java.util.Set;

/** The stored state of a clock. Which step is allowed in which state is the table of {@link Step}. */
enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    STOPPED;

    /**
     * The steps of a clock: the states each is allowed from, the state it leads to, and whether a period in minutes
     * takes it. A period in minutes (a report due half an hour after an incident) is not paused, restarted, extended
     * or given a later date: no rule allows it, and the pauses and extensions are counted in days.
     */
    enum Step {
        PAUSE(EnumSet.of(RUNNING), PAUSED, false),
        RESUME(EnumSet.of(PAUSED), RUNNING, true),
        RESTART(EnumSet.of(RUNNING, PAUSED), RUNNING, false),
        /** An extension may be approved while the clock is paused (a hearing): it stays paused. */
        EXTEND(EnumSet.of(RUNNING, PAUSED), null, false),
        SET_DUE(EnumSet.of(RUNNING), RUNNING, false),
        MEET(EnumSet.of(RUNNING, PAUSED), MET, true),
        STOP(EnumSet.of(RUNNING, PAUSED), STOPPED, true);

        private final Set<ClockState> from;
        private final ClockState to;
        private final boolean inMinutes;

        Step(Set<ClockState> from, ClockState to, boolean inMinutes) {
            this.from = from;
            this.to = to;
            this.inMinutes = inMinutes;
        }

        boolean allowedFrom(ClockState state) {
            return from.contains(state);
        }

        /** Whether a clock whose period is in minutes takes this step. */
        boolean allowedInMinutes() {
            return inMinutes;
        }

        /** The state after the step taken from {@code from}: a step without a target leaves the state as it is. */
        ClockState target(ClockState from) {
            return to == null ? from : to;
        }
    }

    /** Running or paused: the calendar change recomputes it and it may still fall due. */
    static final Set<ClockState> OPEN = EnumSet.of(RUNNING, PAUSED);
}
