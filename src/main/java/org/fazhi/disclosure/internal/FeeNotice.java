package org.fazhi.disclosure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;
import org.fazhi.shared.RuleViolation;

/**
 * 收取信息处理费 (《政府信息公开条例》第42条) — the one fee of an application: how it was computed, the notice and the
 * day the applicant received it, the last day to pay and the payment.
 */
@Embeddable
public class FeeNotice {

    @AuditFormerly("feeMethod")
    @Enumerated(EnumType.STRING)
    @Column(name = "fee_method", length = 20)
    private FeeCalculator.Method method;
    @AuditFormerly("feeQuantity")
    @Column(name = "fee_quantity")
    private Integer quantity;
    @AuditFormerly("feeAmount")
    @Column(name = "fee_amount", precision = 14, scale = 2)
    private BigDecimal amount;
    @AuditFormerly("feeNoticeOn")
    @Column(name = "fee_notice_on")
    private LocalDate noticeOn;
    /** The day the applicant received the fee notice: the payment period runs from the day after. */
    @AuditFormerly("feeNoticeReceivedOn")
    @Column(name = "fee_notice_received_on")
    private LocalDate noticeReceivedOn;
    /** The last day to pay, a copy of the due date of the fee clock ({@link DisclosureClock#FEE_PAYMENT}). */
    @AuditFormerly("feePayBy")
    @Column(name = "fee_pay_by")
    private LocalDate payBy;
    @AuditFormerly("feePaidOn")
    @Column(name = "fee_paid_on")
    private LocalDate paidOn;

    /**
     * The day the notice was received, checked before the clock stops: the day it was sent when none is given (a
     * notice handed over or sent electronically), not before it was sent, not in the future; and a positive amount.
     */
    static LocalDate checkedReceipt(LocalDate noticeOn, LocalDate receivedOn, BigDecimal amount, LocalDate today) {
        LocalDate received = receivedOn == null ? noticeOn : receivedOn;
        if (received.isBefore(noticeOn)) {
            throw RuleViolation.onField("noticeReceivedOn", "disclosure.fee.receivedBeforeNotice",
                    noticeOn.toString());
        }
        if (received.isAfter(today)) {
            throw RuleViolation.onField("noticeReceivedOn", "disclosure.date.future", received.toString(),
                    today.toString());
        }
        if (amount == null || amount.signum() <= 0) {
            throw RuleViolation.onField("amount", "disclosure.fee.zero");
        }
        return received;
    }

    void noticed(LocalDate on, LocalDate received, FeeCalculator.Method how, Integer count, BigDecimal sum) {
        this.noticeOn = on;
        this.noticeReceivedOn = received;
        this.method = how;
        this.quantity = count;
        this.amount = sum;
    }

    /** A notice recorded before the payment period was fixed counts as received the day it was sent. */
    void receivedWhenSent() {
        if (noticeReceivedOn == null) {
            noticeReceivedOn = noticeOn;
        }
    }

    void payBy(LocalDate day) {
        this.payBy = day;
    }

    /** Paid on {@code on}; refused after the last day to pay. */
    void paid(LocalDate on) {
        if (on.isAfter(payBy)) {
            throw RuleViolation.onField("paidOn", "disclosure.fee.paidLate", payBy.toString());
        }
        this.paidOn = on;
    }

    public FeeCalculator.Method method() {
        return method;
    }

    public Integer quantity() {
        return quantity;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate noticeOn() {
        return noticeOn;
    }

    public LocalDate noticeReceivedOn() {
        return noticeReceivedOn;
    }

    public LocalDate payBy() {
        return payBy;
    }

    public LocalDate paidOn() {
        return paidOn;
    }
}
