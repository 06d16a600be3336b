package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;

/**
 * 预警 — a public warning of the town (监测预警): its level, the villages it covers, the measures people should take,
 * the period it is in force. It is issued, may be changed (level, measures, period) and is lifted once; while in force
 * the portal shows it on every town front page.
 */
@Entity
@Table(name = "emergency_warning")
public class Warning extends ScopedRecord implements AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_level", nullable = false, length = 20)
    private WarningLevel level;

    @Column(nullable = false, length = 200)
    private String title;

    /** The villages it covers, as their names joined by 、; empty is the whole town. */
    @Column(length = 500)
    private String area;

    @Column(nullable = false, length = 2000)
    private String measures;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason", length = 500)
    private String liftReason;

    protected Warning() {
    }

    Warning(WarningLevel level, String title, String area, String measures, Instant validFrom, Instant validUntil,
            Instant issuedAt, OrgUnitView holder) {
        this.level = level;
        this.title = title;
        this.area = area;
        this.measures = measures;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.issuedAt = issuedAt;
        assignHolder(holder);
        noteChange("WARNING_ISSUED", level.label());
    }

    /** 预警调整: the level, measures or period change; a lifted warning no longer changes. */
    void change(WarningLevel level, String title, String area, String measures, Instant validFrom,
                Instant validUntil) {
        requireNotLifted();
        this.level = level;
        this.title = title;
        this.area = area;
        this.measures = measures;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        noteChange("WARNING_CHANGED", level.label());
    }

    /** 解除预警: once; the banner disappears at once. */
    void lift(Instant at, String reason) {
        requireNotLifted();
        this.liftedAt = at;
        this.liftReason = reason;
        noteChange("WARNING_LIFTED", reason);
    }

    private void requireNotLifted() {
        if (liftedAt != null) {
            throw new RuleViolation("emergency.warning.lifted");
        }
    }

    /** In force at {@code now}: issued, begun, not ended and not lifted. */
    public boolean inForce(Instant now) {
        return liftedAt == null && !now.isBefore(validFrom) && (validUntil == null || now.isBefore(validUntil));
    }

    public WarningLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public String getArea() {
        return area;
    }

    public String getMeasures() {
        return measures;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftReason() {
        return liftReason;
    }

    /** {@inheritDoc} Here: the warning's title. */
    @Override
    public String auditName() {
        return title;
    }
}
