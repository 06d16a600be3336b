package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;

/**
 * The dates of a clock as last computed, kept so that lists, filters and alerts can query them.
 *
 * @param due         the due date; {@code null} while an open-ended pause lasts
 * @param warnFrom    the first day of the warning window; {@code null} with the due date
 * @param provisional whether a year they fall in has no official calendar yet, so that they may still move
 */
@Embeddable
record ClockDates(
        @AuditFormerly("dueDate")
        @Column(name = "due_date") LocalDate due,
        @AuditFormerly("warnFrom")
        @Column(name = "warn_from") LocalDate warnFrom,
        @AuditFormerly("provisional")
        @Column(nullable = false) boolean provisional) {

    static ClockDates of(ClockMath.Outcome o) {
        return new ClockDates(o.due(), o.warnFrom(), o.provisional());
    }
}
