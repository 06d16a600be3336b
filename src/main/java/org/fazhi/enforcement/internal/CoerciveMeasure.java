package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditPart;

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
 * 行政强制措施 (《行政强制法》第2条、第9条) — a coercive measure taken in a penalty case: its kind, what it was applied to,
 * the number of its decision document (查封、扣押决定书 and the like, 第24条), the day it was applied and by which
 * officers (at least two with a valid certificate, 第18条), and the day it was lifted (解除, 第28条). Each measure is one
 * decision of 行政强制 in table 二 of the annual disclosure report, counted in the year it was applied
 * ({@link EnforcementStatisticsQuery}). It is held by the case's unit, in the same data scope.
 */
@Entity
@Table(name = "coercive_measure")
public class CoerciveMeasure extends ScopedRecord implements AuditPart {

    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "measure_kind", nullable = false, length = 20)
    private CoerciveMeasureKind kind;
    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;
    @Column(name = "decision_number", nullable = false, length = 60)
    private String decisionNumber;
    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;
    @Column(name = "officer_names", nullable = false, length = 500)
    private String officerNames;
    @Column(name = "lifted_on")
    private LocalDate liftedOn;
    @Column(name = "lift_note", length = 500)
    private String liftNote;
    @Column(name = "extension_days")
    private Integer extensionDays;
    @Column(name = "extension_approved_by", length = 60)
    private String extensionApprovedBy;
    @Column(name = "extension_approved_on")
    private LocalDate extensionApprovedOn;
    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    protected CoerciveMeasure() {
    }

    CoerciveMeasure(PenaltyCase c, CoerciveMeasureKind kind, String subject, String decisionNumber,
                    LocalDate appliedOn, List<String> officers, OrgUnitView holder) {
        this.caseId = c.getId();
        this.kind = kind;
        this.subject = subject.strip();
        this.decisionNumber = decisionNumber.strip();
        this.appliedOn = appliedOn;
        this.officerNames = String.join("、", officers);
        assignHolder(holder);
    }

    /** 解除 (第28条) on {@code on}, not before the measure was applied nor twice. */
    void lift(LocalDate on, String note) {
        if (liftedOn != null) {
            throw RuleViolation.onField("liftedOn", "enforcement.measure.alreadyLifted", liftedOn.toString());
        }
        if (on == null) {
            throw RuleViolation.onField("liftedOn", "enforcement.measure.liftedOnRequired");
        }
        if (on.isBefore(appliedOn)) {
            throw RuleViolation.onField("liftedOn", "enforcement.measure.liftedBeforeApplied", appliedOn.toString());
        }
        if (note != null && note.strip().length() > 500) {
            throw RuleViolation.onField("liftNote", "enforcement.measure.liftNote");
        }
        noteChange("LIFT", note);
        this.liftedOn = on;
        this.liftNote = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * 延长期限 (第25条第1款、第32条第1款): once, by 1 to 30 days, approved by the head on {@code on} — a measure with
     * a statutory term, still in force, the day of approval not before it was applied and not after its term ends
     * ({@code termEnds}).
     */
    void extend(int days, String approvedBy, LocalDate on, String reason, LocalDate termEnds) {
        if (kind.term().isEmpty()) {
            throw new RuleViolation("enforcement.measure.noTerm");
        }
        if (liftedOn != null) {
            throw new RuleViolation("enforcement.measure.alreadyLifted", liftedOn.toString());
        }
        if (extensionDays != null) {
            throw new RuleViolation("enforcement.measure.alreadyExtended", extensionApprovedOn.toString(),
                    extensionDays, PenaltyPeriods.SEIZURE_TERM.basis().citation());
        }
        if (days < 1 || days > PenaltyPeriods.MEASURE_EXTENSION_MAX_DAYS) {
            throw RuleViolation.onField("extensionDays", "enforcement.measure.extensionDays",
                    PenaltyPeriods.MEASURE_EXTENSION_MAX_DAYS, kind.term().get().basis().citation());
        }
        if (on == null) {
            throw RuleViolation.onField("approvedOn", "enforcement.measure.approvedOnRequired");
        }
        if (on.isBefore(appliedOn)) {
            throw RuleViolation.onField("approvedOn", "enforcement.measure.approvedBeforeApplied", appliedOn.toString());
        }
        if (termEnds != null && on.isAfter(termEnds)) {
            throw RuleViolation.onField("approvedOn", "enforcement.measure.approvedAfterTerm", termEnds.toString(),
                    kind.term().get().basis().citation());
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw RuleViolation.onField("extensionReason", "enforcement.measure.extensionReason");
        }
        noteChange("EXTEND", reason.strip());
        this.extensionDays = days;
        this.extensionApprovedBy = approvedBy;
        this.extensionApprovedOn = on;
        this.extensionReason = reason.strip();
    }

    public boolean isExtended() {
        return extensionDays != null;
    }

    public boolean isLifted() {
        return liftedOn != null;
    }

    public long getCaseId() { return caseId; }
    public CoerciveMeasureKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public String getOfficerNames() { return officerNames; }
    public LocalDate getLiftedOn() { return liftedOn; }
    public String getLiftNote() { return liftNote; }
    public Integer getExtensionDays() { return extensionDays; }
    public String getExtensionApprovedBy() { return extensionApprovedBy; }
    public LocalDate getExtensionApprovedOn() { return extensionApprovedOn; }
    public String getExtensionReason() { return extensionReason; }

    /** {@inheritDoc} Here: a part of its case. */
    @Override
    public Class<?> auditOwnerType() {
        return PenaltyCase.class;
    }

    @Override
    public Object auditOwnerId() {
        return caseId;
    }
}
