package org.fazhi.officer.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.RuleViolation;

/**
 * 行政执法证 — an officer's enforcement certificate. It is valid on a day when a 申领 or 换证 event dated on or before
 * that day grants validity up to (at least) that day, and the certificate had not ended (注销, 清理 or replaced by a
 * new number) by then.
 */
@Entity
@Table(name = "enforcement_certificate")
public class EnforcementCertificate extends ScopedRecord implements AuditNamed {

    @Column(name = "officer_id", nullable = false)
    private long officerId;

    @Column(name = "cert_number", nullable = false, length = 40)
    private String number;

    @Column(nullable = false, length = 100)
    private String category;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected EnforcementCertificate() {
    }

    /** 申领: a new certificate, valid from {@code issuedOn} to {@code validUntil}. */
    static EnforcementCertificate issue(EnforcementOfficer officer, String number, String category,
                                        LocalDate issuedOn, LocalDate validUntil, OrgUnitView holder) {
        requireOrder(issuedOn, validUntil);
        EnforcementCertificate c = new EnforcementCertificate();
        c.officerId = officer.getId();
        c.number = number;
        c.category = category;
        c.issuedOn = issuedOn;
        c.validUntil = validUntil;
        c.status = CertificateStatus.VALID;
        c.assignHolder(holder);
        return c;
    }

    /** 换证 under the same number: validity runs to the new date. */
    void renew(LocalDate on, LocalDate newValidUntil) {
        requireOpen(on);
        requireOrder(on, newValidUntil);
        noteChange("CERTIFICATE_RENEWED", null);
        this.validUntil = newValidUntil;
    }

    /** 换证 under a new number: this certificate ends the day the new one is issued. */
    void replace(LocalDate on) {
        requireOpen(on);
        noteChange("CERTIFICATE_REPLACED", null);
        this.status = CertificateStatus.REPLACED;
        this.endedOn = on;
    }

    /** 注销 */
    void cancel(LocalDate on, String reason) {
        requireOpen(on);
        noteChange("CERTIFICATE_CANCELLED", reason);
        this.status = CertificateStatus.CANCELLED;
        this.endedOn = on;
    }

    /** 清理 */
    void clear(LocalDate on, String reason) {
        requireOpen(on);
        noteChange("CERTIFICATE_CLEARED", reason);
        this.status = CertificateStatus.CLEARED;
        this.endedOn = on;
    }

    /** Whether the certificate was valid on the day, given its 申领/换证 events. */
    boolean validOn(LocalDate day, List<CertificateEvent> events) {
        if (endedOn != null && !day.isBefore(endedOn)) {
            return false;
        }
        return events.stream().filter(e -> e.getCertificateId() == getId() && e.getType().grants())
                .anyMatch(e -> !day.isBefore(e.getDate()) && !day.isAfter(e.getValidUntil()));
    }

    private void requireOpen(LocalDate on) {
        if (status != CertificateStatus.VALID) {
            throw new RuleViolation("officer.certificate.ended", number, statusLabel());
        }
        if (on.isBefore(issuedOn)) {
            throw RuleViolation.onField("on", "officer.certificate.beforeIssue", number, issuedOn.toString());
        }
    }

    private static void requireOrder(LocalDate from, LocalDate until) {
        if (until == null) {
            throw RuleViolation.onField("validUntil", "officer.certificate.validUntilRequired");
        }
        if (!until.isAfter(from)) {
            throw RuleViolation.onField("validUntil", "officer.certificate.validUntilBeforeIssue", until.toString(),
                    from.toString());
        }
    }

    private String statusLabel() {
        return switch (status) {
            case VALID -> "有效";
            case REPLACED -> "已换发新证";
            case CANCELLED -> "已注销";
            case CLEARED -> "已清理";
        };
    }

    public long getOfficerId() {
        return officerId;
    }

    public String getNumber() {
        return number;
    }

    public String getCategory() {
        return category;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    /** {@inheritDoc} Here: the certificate's number. */
    @Override
    public String auditName() {
        return number;
    }
}
