package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;

/** 事件信息报告 — one report of an incident to the level above: when, to whom, how, and whether it was late. */
@Entity
@Table(name = "emergency_report")
public class IncidentReport extends ScopedRecord implements AuditPart {

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportKind kind;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(nullable = false, length = 100)
    private String channel;

    @Column(nullable = false)
    private boolean late;

    protected IncidentReport() {
    }

    IncidentReport(Incident incident, OrgUnitView holder, ReportKind kind, Instant madeAt, String recipient,
                   String channel, boolean late) {
        this.incidentId = incident.getId();
        this.kind = kind;
        this.madeAt = madeAt;
        this.recipient = recipient;
        this.channel = channel;
        this.late = late;
        assignHolder(holder);
        noteChange("REPORT_MADE", kind.label());
    }

    public long getIncidentId() {
        return incidentId;
    }

    public ReportKind getKind() {
        return kind;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getChannel() {
        return channel;
    }

    public boolean isLate() {
        return late;
    }

    @Override
    public Class<?> auditOwnerType() {
        return Incident.class;
    }

    @Override
    public Object auditOwnerId() {
        return incidentId;
    }
}
