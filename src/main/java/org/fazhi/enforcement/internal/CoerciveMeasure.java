package org.fazhi.enforcement.internal;

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
public class CoerciveMeasure extends ScopedRecord {

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
}
