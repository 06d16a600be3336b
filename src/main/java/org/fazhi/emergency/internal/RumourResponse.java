package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;

/** 舆情应对 — a rumour or public concern about an incident, noticed at a time, and how the town answered it. */
@Entity
@Table(name = "emergency_rumour_response")
public class RumourResponse extends ScopedRecord implements AuditPart {

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "noticed_at", nullable = false)
    private Instant noticedAt;

    @Column(nullable = false, length = 1000)
    private String rumour;

    @Column(nullable = false, length = 2000)
    private String response;

    @Column(nullable = false, length = 100)
    private String channel;

    protected RumourResponse() {
    }

    RumourResponse(Incident incident, OrgUnitView holder, Instant noticedAt, String rumour, String response,
                   String channel) {
        this.incidentId = incident.getId();
        this.noticedAt = noticedAt;
        this.rumour = rumour;
        this.response = response;
        this.channel = channel;
        assignHolder(holder);
    }

    public long getIncidentId() {
        return incidentId;
    }

    public Instant getNoticedAt() {
        return noticedAt;
    }

    public String getRumour() {
        return rumour;
    }

    public String getResponse() {
        return response;
    }

    public String getChannel() {
        return channel;
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
