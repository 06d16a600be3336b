package org.fazhi.officer.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/** 培训学时 — an officer's training hours in one year. */
@Entity
@Table(name = "officer_training")
public class OfficerTraining extends ScopedRecord implements AuditPart {

    @Column(name = "officer_id", nullable = false)
    private long officerId;

    @Column(name = "training_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    protected OfficerTraining() {
    }

    OfficerTraining(long officerId, int year, BigDecimal hours, OrgUnitView holder) {
        this.officerId = officerId;
        this.year = year;
        this.hours = hours;
        assignHolder(holder);
    }

    void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public long getOfficerId() {
        return officerId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getHours() {
        return hours;
    }

    /** {@inheritDoc} Here: training of its officer. */
    @Override
    public Class<?> auditOwnerType() {
        return EnforcementOfficer.class;
    }

    @Override
    public Object auditOwnerId() {
        return officerId;
    }
}
