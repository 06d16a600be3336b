package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.shared.AuditFormerly;

/**
 * The instants of a period in minutes (a report due half an hour after an incident): such a clock runs from instant
 * to instant, not from day to day, and is never paused, restarted, extended or given a later date.
 *
 * @param triggeredAt the instant of the trigger
 * @param dueAt       the trigger plus the period's minutes
 * @param metAt       when the duty was fulfilled (a report made at 14:32), or {@code null}
 */
@Embeddable
record MinuteTimes(
        @AuditFormerly("triggeredAt")
        @Column(name = "triggered_at") Instant triggeredAt,
        @AuditFormerly("dueAt")
        @Column(name = "due_at") Instant dueAt,
        @AuditFormerly("metAt")
        @Column(name = "met_at") Instant metAt) {

    /** A clock in days: none of the instants. */
    static final MinuteTimes NONE = new MinuteTimes(null, null, null);

    static MinuteTimes start(OffsetDateTime at, int minutes) {
        return new MinuteTimes(at.toInstant(), at.plusMinutes(minutes).toInstant(), null);
    }

    MinuteTimes met(Instant at) {
        return new MinuteTimes(triggeredAt, dueAt, at);
    }

    /** The status at {@code now}: overdue (lapsed) from the minute after the due instant, due soon until then. */
    DeadlineStatus status(ClockState state, Instant now, ClockPurpose.Owner owner) {
        return switch (state) {
            case MET -> DeadlineStatus.MET;
            case STOPPED -> DeadlineStatus.STOPPED;
            case RUNNING, PAUSED -> now.isAfter(dueAt) ? DeadlineStatus.passed(owner) : DeadlineStatus.DUE_SOON;
        };
    }
}
