package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;

/**
 * 终止计时 — a clock stopped without its duty being met (the case closed otherwise, the application withdrawn): on a
 * day, for a stated reason.
 */
@Embeddable
record ClockStop(
        @AuditFormerly("stoppedOn")
        @Column(name = "stopped_on") LocalDate on,
        @AuditFormerly("stopReason")
        @Column(name = "stop_reason", length = DeadlineClock.MAX_TEXT) String reason) {

    /** Not stopped: what an open or met clock shows. */
    static final ClockStop NONE = new ClockStop(null, null);
}
