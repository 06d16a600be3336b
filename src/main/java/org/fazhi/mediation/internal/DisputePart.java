package org.fazhi.mediation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import org.fazhi.shared.AuditPart;
import org.fazhi.shared.BaseEntity;

/**
 * A part of a dispute kept in the dispute's lists (a party, a session, a handover, a follow-up). The audit trail
 * names it by its dispute ("纠纷 (2024)第3号 的当事人"): the dispute writes the link column itself, so the part reads
 * it only, and a part just added learns its dispute from the dispute that adds it.
 */
@MappedSuperclass
abstract class DisputePart extends BaseEntity implements AuditPart {

    @Column(name = "dispute_id", insertable = false, updatable = false)
    private Long disputeId;

    @Transient
    private Dispute dispute;

    /** Called by the dispute adding this part. */
    <T extends DisputePart> T partOf(Dispute owner) {
        this.dispute = owner;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    @Override
    public Class<?> auditOwnerType() {
        return Dispute.class;
    }

    @Override
    public Object auditOwnerId() {
        return dispute != null ? dispute.getId() : disputeId;
    }
}
