package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;

/**
 * A later due date set by a decision the law allows (《政府信息公开条例》第35条: a later date for a clearly excessive
 * application): it replaces the computed due date of the running period, until a restart.
 *
 * @param date      the due date set
 * @param reason    why, as written in the decision
 * @param decidedOn the day of the decision, on or before the due date it replaced
 */
@Embeddable
record DecidedDue(
        @AuditFormerly("setDueDate")
        @Column(name = "set_due_date") LocalDate date,
        @AuditFormerly("setDueReason")
        @Column(name = "set_due_reason", length = DeadlineClock.MAX_TEXT) String reason,
        @AuditFormerly("setDueDecidedOn")
        @Column(name = "set_due_decided_on") LocalDate decidedOn) {
}
