package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;

/**
 * 预案评估与修订记录 — the plan's history: each evaluation and each revision with its day and note, and the incident
 * whose lessons opened a revision.
 */
@Entity
@Table(name = "emergency_plan_revision")
public class PlanRecord extends ScopedRecord implements AuditPart {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "revised_on", nullable = false)
    private LocalDate on;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanRecordKind kind;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "incident_id")
    private Long incidentId;

    protected PlanRecord() {
    }

    PlanRecord(ContingencyPlan plan, OrgUnitView holder, PlanRecordKind kind, LocalDate on, String note,
               Long incidentId) {
        this.planId = plan.getId();
        this.revisionNo = plan.getRevisionNo();
        this.kind = kind;
        this.on = on;
        this.note = note;
        this.incidentId = incidentId;
        assignHolder(holder);
    }

    public long getPlanId() {
        return planId;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public LocalDate getOn() {
        return on;
    }

    public PlanRecordKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    @Override
    public Class<?> auditOwnerType() {
        return ContingencyPlan.class;
    }

    @Override
    public Object auditOwnerId() {
        return planId;
    }
}
