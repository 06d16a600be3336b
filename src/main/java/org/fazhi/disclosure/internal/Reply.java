package org.fazhi.disclosure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;

/**
 * 答复 (《政府信息公开条例》第36–39条) — the reply that ends an application: its date, its outcome in the national
 * report's categories, the reason given and whether it came after the answer period ({@link ReplyPolicy} says which
 * outcomes are allowed when).
 */
@Embeddable
public class Reply {

    @AuditFormerly("decidedOn")
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @AuditFormerly("outcome")
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 60)
    private Outcome outcome;
    @AuditFormerly("decisionReason")
    @Column(name = "decision_reason", length = DisclosureApplication.MAX_TEXT)
    private String reason;
    @AuditFormerly("decidedLate")
    @Column(name = "decided_late")
    private Boolean late;

    void given(LocalDate on, Outcome result, String why, Boolean metLate) {
        this.decidedOn = on;
        this.outcome = result;
        this.reason = why;
        this.late = metLate;
    }

    /** The reply's date; {@code null} while the application is open. */
    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    /** Whether the reply came after the answer period; {@code null} while the application is open. */
    public Boolean late() {
        return late;
    }
}
