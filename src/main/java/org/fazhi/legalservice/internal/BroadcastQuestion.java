package org.fazhi.legalservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;
import org.fazhi.shared.Personal;

/**
 * 直播提问 — a question the public leaves on the portal for an upcoming broadcast, listed for the host. Anonymous; the
 * text may still name someone, so it is personal in the audit trail.
 */
@Entity
@Table(name = "legalservice_broadcast_question")
public class BroadcastQuestion extends ScopedRecord implements AuditPart {

    @Column(name = "broadcast_id", nullable = false)
    private Long broadcastId;
    @Personal
    @Column(nullable = false, length = 500)
    private String question;
    @Column(name = "left_on", nullable = false)
    private LocalDate leftOn;

    protected BroadcastQuestion() {
    }

    BroadcastQuestion(Broadcast b, String question, LocalDate leftOn, OrgUnitView holder) {
        this.broadcastId = b.getId();
        this.question = question;
        this.leftOn = leftOn;
        assignHolder(holder);
    }

    public Long getBroadcastId() {
        return broadcastId;
    }

    public String getQuestion() {
        return question;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    @Override
    public Class<?> auditOwnerType() {
        return Broadcast.class;
    }

    @Override
    public Object auditOwnerId() {
        return broadcastId;
    }
}
