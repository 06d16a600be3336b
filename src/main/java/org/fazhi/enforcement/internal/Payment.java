package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.shared.RuleViolation;

/**
 * 缴纳罚款 (《行政处罚法》第67条、第72条) — the day the fine falls due, and the payment: the fine and any late fee
 * together, never less.
 */
@Embeddable
public class Payment {

    @Column(name = "payment_due_on")
    private LocalDate dueOn;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "paid_amount", precision = 14, scale = 2)
    private BigDecimal amount;
    @Column(name = "late_fee", precision = 14, scale = 2)
    private BigDecimal lateFee;

    void due(LocalDate on) {
        this.dueOn = on;
    }

    /** Paid {@code amount} on {@code on}; refused when short of {@code fine} plus {@code lateFee}. */
    void pay(LocalDate on, BigDecimal amount, BigDecimal fine, BigDecimal lateFee) {
        BigDecimal due = fine.add(lateFee);
        if (amount == null || amount.compareTo(due) < 0) {
            throw RuleViolation.onField("amount", "enforcement.payment.short", due.toPlainString(),
                    lateFee.toPlainString());
        }
        this.paidOn = on;
        this.amount = amount;
        this.lateFee = lateFee;
    }

    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getPaidOn() { return paidOn; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getLateFee() { return lateFee; }
}
