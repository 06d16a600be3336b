package org.fazhi.deadline.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.deadline.StatutoryPeriod;

/** 延长期限 — an extension of a clock, added to the due date as it stood, with who approved it and why. */
@Entity
@Table(name = "deadline_extension")
class ClockExtension extends org.fazhi.shared.BaseEntity implements AuditPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clock_id", nullable = false)
    private DeadlineClock clock;

    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Column(nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatutoryPeriod.Unit unit;

    @Column(name = "basis_law", nullable = false, length = 100)
    private String basisLaw;

    @Column(name = "basis_articles", nullable = false, length = 60)
    private String basisArticles;

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
        this.amount = period.amount();
        this.unit = period.unit();
        this.basisLaw = period.basis().law();
        this.basisArticles = Articles.format(period.basis());
        this.approver = approver;
        this.reason = reason;
        this.decidedOn = decidedOn;
    }

    StatutoryPeriod period() {
        return new StatutoryPeriod(amount, unit, Articles.parse(basisLaw, basisArticles));
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
