package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;

/**
 * The running round of a clock: a restart begins the next one, from its new trigger day and without the due date
 * set by decision for the last; the pauses and extensions made in a round stay with it.
 *
 * @param number     how many times the period restarted
 * @param start      the trigger day the running period counts from (not counted itself)
 * @param decidedDue a due date set by decision for this round, or {@code null}
 */
@Embeddable
record ClockRound(
        @AuditFormerly("roundNo")
        @Column(name = "round_no", nullable = false) int number,
        @AuditFormerly("periodStart")
        @Column(name = "period_start", nullable = false) LocalDate start,
        DecidedDue decidedDue) {

    static ClockRound first(LocalDate trigger) {
        return new ClockRound(0, trigger, null);
    }

    ClockRound next(LocalDate trigger) {
        return new ClockRound(number + 1, trigger, null);
    }

    ClockRound withDecidedDue(DecidedDue due) {
        return new ClockRound(number, start, due);
    }

    /** The due date set by decision for this round, or {@code null}. */
    LocalDate setDue() {
        return decidedDue == null ? null : decidedDue.date();
    }
}
