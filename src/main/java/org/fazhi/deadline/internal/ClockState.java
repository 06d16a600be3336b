package org.fazhi.deadline.internal;

import java.util.EnumSet;
import java.util.Set;

/** The stored state of a clock. Which step is allowed in which state is the table of {@link Step}. */
enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    STOPPED;

    /** The steps of a clock: the states each is allowed from and the state it leads to. */
    enum Step {
        PAUSE(EnumSet.of(RUNNING), PAUSED),
        RESUME(EnumSet.of(PAUSED), RUNNING),
        RESTART(EnumSet.of(RUNNING, PAUSED), RUNNING),
        /** An extension may be approved while the clock is paused (a hearing): it stays paused. */
        EXTEND(EnumSet.of(RUNNING, PAUSED), null),
        SET_DUE(EnumSet.of(RUNNING), RUNNING),
        MEET(EnumSet.of(RUNNING, PAUSED), MET),
        STOP(EnumSet.of(RUNNING, PAUSED), STOPPED);

        private final Set<ClockState> from;
        private final ClockState to;

        Step(Set<ClockState> from, ClockState to) {
            this.from = from;
            this.to = to;
        }

        boolean allowedFrom(ClockState state) {
            return from.contains(state);
        }

        /** The state after the step taken from {@code from}: a step without a target leaves the state as it is. */
        ClockState target(ClockState from) {
            return to == null ? from : to;
        }
    }

    /** Running or paused: the calendar change recomputes it and it may still fall due. */
    static final Set<ClockState> OPEN = EnumSet.of(RUNNING, PAUSED);
}
