package org.fazhi.deadline.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 期限预警记录 — the fact that a warning (预警) or an alarm (告警) was raised for a clock and its due date. One row per
 * clock, level and due date (a unique key), so the job never raises the same alert twice; a due date that moves
 * (extension, restart, new calendar) earns a fresh one.
 */
@Entity
@Table(name = "deadline_alert")
class DeadlineAlert extends ScopedRecord implements AuditPart {

    @Column(name = "clock_id", nullable = false)
    private Long clockId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level", nullable = false, length = 10)
    private AlertLevel level;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected DeadlineAlert() {
    }

    DeadlineAlert(DeadlineClock clock, OrgUnitView holder, AlertLevel level, Instant now) {
        this.clockId = clock.getId();
        this.level = level;
        this.dueDate = clock.dates().due();
        this.raisedAt = now;
        assignHolder(holder);
        noteChange("DEADLINE_" + level.name(), clock.title());
    }

    Long clockId() {
        return clockId;
    }

    AlertLevel level() {
        return level;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    /** {@inheritDoc} Here: an alert of its deadline. */
    @Override
    public Class<?> auditOwnerType() {
        return DeadlineClock.class;
    }

    @Override
    public Object auditOwnerId() {
        return clockId;
    }
}
