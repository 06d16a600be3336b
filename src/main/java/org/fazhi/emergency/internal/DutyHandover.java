package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/** 交接班记录 — a handover between duty staff: when, who handed over to whom, and what is still open. */
@Entity
@Table(name = "emergency_duty_handover")
public class DutyHandover extends ScopedRecord implements AuditNamed {

    @Column(name = "handed_at", nullable = false)
    private Instant handedAt;

    @Column(name = "handed_by", nullable = false, length = 50)
    private String handedBy;

    @Column(name = "taken_by", nullable = false, length = 50)
    private String takenBy;

    @Column(nullable = false, length = 2000)
    private String notes;

    protected DutyHandover() {
    }

    DutyHandover(Instant handedAt, String handedBy, String takenBy, String notes, OrgUnitView holder) {
        this.handedAt = handedAt;
        this.handedBy = handedBy;
        this.takenBy = takenBy;
        this.notes = notes;
        assignHolder(holder);
    }

    public Instant getHandedAt() {
        return handedAt;
    }

    public String getHandedBy() {
        return handedBy;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public String getNotes() {
        return notes;
    }

    /** {@inheritDoc} Here: who handed over to whom. */
    @Override
    public String auditName() {
        return handedBy + " → " + takenBy;
    }
}
