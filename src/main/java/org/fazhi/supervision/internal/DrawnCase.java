package org.fazhi.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.enforcement.DecidedCases.DecidedCase;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 抽查案卷 — a decided case drawn in a review round, with its department (执法部门), and once scored its score (the
 * checklist's points less the deductions) and the day it was scored. Held by the judicial office with its round.
 */
@Entity
@Table(name = "supervision_review_case")
public class DrawnCase extends ScopedRecord implements AuditNamed {

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, length = 100)
    private String caseNumber;

    @Column(name = "case_title", nullable = false, length = 300)
    private String caseTitle;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column
    private Integer score;

    @Column(name = "scored_on")
    private LocalDate scoredOn;

    protected DrawnCase() {
    }

    DrawnCase(long roundId, DecidedCase c, OrgUnitView judicialOffice) {
        this.roundId = roundId;
        this.caseId = c.id();
        this.caseNumber = c.caseNumber() == null ? "—" : c.caseNumber();
        this.caseTitle = c.title();
        this.departmentId = c.departmentId();
        this.decidedOn = c.decidedOn();
        assignHolder(judicialOffice);
    }

    void scored(int score, LocalDate on) {
        noteChange("REVIEW_SCORED", null);
        this.score = score;
        this.scoredOn = on;
    }

    public boolean isScored() {
        return score != null;
    }

    /** The band of the score, or {@code null} before scoring. */
    public ReviewBand getBand() {
        return score == null ? null : ReviewBand.of(score);
    }

    /** {@inheritDoc} Here: the case's 案号. */
    @Override
    public String auditName() {
        return caseNumber;
    }

    public long getRoundId() { return roundId; }
    public long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getCaseTitle() { return caseTitle; }
    public long getDepartmentId() { return departmentId; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public Integer getScore() { return score; }
    public LocalDate getScoredOn() { return scoredOn; }
}
