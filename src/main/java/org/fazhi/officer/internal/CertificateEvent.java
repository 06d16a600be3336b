package org.fazhi.officer.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/** 执法证业务 — one lifecycle event of a certificate (申领, 换证, 注销, 清理) on its date. */
@Entity
@Table(name = "certificate_event")
public class CertificateEvent extends ScopedRecord implements AuditPart {

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(name = "officer_id", nullable = false)
    private long officerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 20)
    private CertificateEventType type;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(length = 300)
    private String note;

    protected CertificateEvent() {
    }

    CertificateEvent(EnforcementCertificate certificate, CertificateEventType type, LocalDate date,
                     LocalDate validUntil, String note, OrgUnitView holder) {
        this.certificateId = certificate.getId();
        this.officerId = certificate.getOfficerId();
        this.type = type;
        this.date = date;
        this.validUntil = validUntil;
        this.note = note;
        assignHolder(holder);
    }

    public long getCertificateId() {
        return certificateId;
    }

    public long getOfficerId() {
        return officerId;
    }

    public CertificateEventType getType() {
        return type;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getNote() {
        return note;
    }

    /** {@inheritDoc} Here: an event of its certificate. */
    @Override
    public Class<?> auditOwnerType() {
        return EnforcementCertificate.class;
    }

    @Override
    public Object auditOwnerId() {
        return certificateId;
    }
}
