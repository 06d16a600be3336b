package org.fazhi.publication.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;

/**
 * 撤销与撤回 — the decision was changed, revoked, confirmed unlawful or void (《行政处罚法》第48条): the day that was
 * recorded and why, and for a decision that was public, by when it must be withdrawn and the day it was.
 */
@Embeddable
public class Withdrawal {

    /** Not revoked: what a publication whose decision stands shows. */
    static final Withdrawal NONE = new Withdrawal();

    @AuditFormerly("revokedOn")
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @AuditFormerly("withdrawalReason")
    @Column(name = "withdrawal_reason")
    private String reason;
    @AuditFormerly("withdrawalDueOn")
    @Column(name = "withdrawal_due_on")
    private LocalDate dueOn;
    @AuditFormerly("withdrawnOn")
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    protected Withdrawal() {
    }

    Withdrawal(LocalDate revokedOn, String reason) {
        this.revokedOn = revokedOn;
        this.reason = reason;
    }

    /** The decision was public: it must be withdrawn by {@code due}. */
    void dueBy(LocalDate due) {
        this.dueOn = due;
    }

    void withdrawnOn(LocalDate on) {
        this.withdrawnOn = on;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }
}
