package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.PartyData;

/**
 * 历史行政处罚决定 — a penalty decision made before the platform, as imported from the 行政处罚决定台账: the full record
 * stays here; its redacted form is published by the publication desk on import.
 */
@Entity
@Table(name = "past_penalty_decision")
public class PastDecision extends ScopedRecord {

    @Column(name = "case_number", nullable = false, length = 60)
    private String caseNumber;
    @Column(nullable = false, length = 200)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, length = 20)
    private PartyType partyType;
    @Embedded
    private PartyData party;
    @Column(nullable = false, length = 2000)
    private String violation;
    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;
    @Column(nullable = false, length = 500)
    private String penalty;
    @Column(name = "fine_amount", precision = 14, scale = 2)
    private BigDecimal fineAmount;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;
    @Column(nullable = false, length = 300)
    private String certificates;
    @Column(nullable = false)
    private boolean major;
    @Column(name = "review_passed")
    private Boolean reviewPassed;
    @Column(name = "imported_by", nullable = false, length = 60)
    private String importedBy;

    protected PastDecision() {
    }

    PastDecision(DecisionLedger.Entry e, String penalty, String importedBy, OrgUnitView holder) {
        this.caseNumber = e.caseNumber();
        this.title = e.title();
        this.partyType = e.partyType();
        this.party = new PartyData(e.partyName(), e.partyIdNumber(), e.partyPhone(), e.partyAddress());
        this.violation = e.violation();
        this.legalBasis = e.legalBasis();
        this.penalty = penalty;
        this.fineAmount = e.fine();
        this.filedOn = e.filedOn();
        this.decidedOn = e.decidedOn();
        this.certificates = String.join(";", e.certificates());
        this.major = e.major();
        this.reviewPassed = e.reviewPassed();
        this.importedBy = importedBy;
        assignHolder(holder);
    }

    public String getCaseNumber() { return caseNumber; }
    public String getTitle() { return title; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getPenalty() { return penalty; }
}
