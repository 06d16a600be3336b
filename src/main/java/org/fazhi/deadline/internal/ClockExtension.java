package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.shared.AuditFormerly;
import org.fazhi.shared.AuditPart;

/** 延长期限 — an extension of a clock, added to the due date as it stood, with who approved it and why. */
@Entity
@Table(name = "deadline_extension")
class ClockExtension extends org.fazhi.shared.BaseEntity implements AuditPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clock_id", nullable = false)
    private DeadlineClock clock;

    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @AuditFormerly({"amount=amount", "unit=unit", "basisLaw=basisLaw", "basisArticles=basisArticles"})
    private StoredPeriod period;

    @Column(nullable = false, length = 60)
    private String approver;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    protected ClockExtension() {
    }

    ClockExtension(DeadlineClock clock, int roundNo, StatutoryPeriod period, String approver, String reason,
                   LocalDate decidedOn) {
        this.clock = clock;
        this.roundNo = roundNo;
        this.period = StoredPeriod.of(period);
        this.approver = approver;
        this.reason = reason;
        this.decidedOn = decidedOn;
    }

    StatutoryPeriod period() {
        return period.period();
    }

    int roundNo() {
        return roundNo;
    }

    String approver() {
        return approver;
    }

    String reason() {
        return reason;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    /** {@inheritDoc} Here: an extension of its deadline. */
    @Override
    public Class<?> auditOwnerType() {
        return DeadlineClock.class;
    }

    @Override
    public Object auditOwnerId() {
        return clock == null ? null : clock.getId();
    }
}
