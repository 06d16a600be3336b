package org.fazhi.legalservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.AuditPart;
import org.fazhi.organization.scope.ScopedRecord;

/** 使用台账 — one month's use of a kiosk: consultations, documents generated, video calls with a lawyer. */
@Entity
@Table(name = "legalservice_kiosk_usage")
public class KioskUsage extends ScopedRecord implements AuditPart {

    @Column(name = "kiosk_id", nullable = false)
    private Long kioskId;
    /** The first day of the month counted. */
    @Column(name = "usage_month", nullable = false)
    private LocalDate month;
    @Column(nullable = false)
    private int consultations;
    @Column(nullable = false)
    private int documents;
    @Column(name = "video_calls", nullable = false)
    private int videoCalls;

    protected KioskUsage() {
    }

    KioskUsage(Kiosk kiosk, LocalDate month, int consultations, int documents, int videoCalls, OrgUnitView holder) {
        this.kioskId = kiosk.getId();
        this.month = month;
        this.consultations = consultations;
        this.documents = documents;
        this.videoCalls = videoCalls;
        assignHolder(holder);
    }

    /** The month's figures entered again (a corrected ledger). */
    KioskUsage correct(int consultations, int documents, int videoCalls) {
        this.consultations = consultations;
        this.documents = documents;
        this.videoCalls = videoCalls;
        return this;
    }

    /** Every use of the month, as the statistics count them. */
    public int uses() {
        return consultations + documents + videoCalls;
    }

    public Long getKioskId() {
        return kioskId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public int getConsultations() {
        return consultations;
    }

    public int getDocuments() {
        return documents;
    }

    public int getVideoCalls() {
        return videoCalls;
    }

    @Override
    public Class<?> auditOwnerType() {
        return Kiosk.class;
    }

    @Override
    public Object auditOwnerId() {
        return kioskId;
    }
}
