package org.fazhi.audit;

import java.time.Instant;

/**
 * A verification of the whole chain running in the background, or the latest one: how far it got ({@code checked} of
 * {@code total} events, the total growing with the events committed meanwhile) and, once ended, its result.
 */
public record VerificationRun(State state, long checked, long total, Long firstBrokenEventId, String startedBy,
                              Instant startedAt, Instant endedAt) {

    public enum State {
        /** No verification was run in the background yet. */
        NONE,
        RUNNING,
        INTACT,
        BROKEN,
        /** Stopped by an error; the log says which. */
        FAILED,
        /** Its node stopped before the end. */
        INTERRUPTED
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Whole percent checked, 100 only at the end. */
    public int percent() {
        if (state == State.INTACT) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(99, checked * 100 / total);
    }
}
