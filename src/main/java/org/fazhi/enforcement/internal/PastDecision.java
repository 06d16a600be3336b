package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditNamed;

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
import org.fazhi.shared.Personal;

/**
 * 历史行政处罚决定 — a penalty decision made before the platform, as imported from the 行政处罚决定台账: the full record
 * stays here; its redacted form goes to the publication desk on import, to wait for review or, when the importing
 * reviewer confirmed the whole file ({@code importConfirmedBy}), published at once.
 */
@Entity
@Table(name = "past_penalty_decision")
public class PastDecision extends ScopedRecord implements AuditNamed {

    @Column(name = "case_number", nullable = false, length = 60)
    private String caseNumber;
    @Column(nullable = false, length = 200)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, length = 20)
    private PartyType partyType;
    @Embedded
    private PartyData party;
    @Personal
    @Column(name = "party_birth_date")
    private LocalDate partyBirthDate;
    @Column(name = "violation_on")
    private LocalDate violationOn;
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
    /** The reviewer who confirmed the whole file on import (published at once); {@code null}: waits for review. */
    @Column(name = "import_confirmed_by", length = 60)
    private String importConfirmedBy;

    protected PastDecision() {
    }

    PastDecision(DecisionLedger.Entry e, String penalty, String importedBy, boolean reviewedWholeFile,
                 OrgUnitView holder) {
        this.caseNumber = e.caseNumber();
        this.title = e.title();
        this.partyType = e.partyType();
        this.party = new PartyData(e.partyName(), e.partyIdNumber(), e.partyPhone(), e.partyAddress());
        this.partyBirthDate = e.partyBirthDate();
        this.violationOn = e.violationOn();
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
        this.importConfirmedBy = reviewedWholeFile ? importedBy : null;
        assignHolder(holder);
    }

    public String getCaseNumber() { return caseNumber; }
    public String getTitle() { return title; }
    public PartyType getPartyType() { return partyType; }
    public PartyData getParty() { return party; }
    public LocalDate getPartyBirthDate() { return partyBirthDate; }
    public String getViolation() { return violation; }
    public String getLegalBasis() { return legalBasis; }
    public BigDecimal getFineAmount() { return fineAmount; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getPenalty() { return penalty; }
    public String getImportConfirmedBy() { return importConfirmedBy; }
    public boolean isMajor() { return major; }
    public Boolean getReviewPassed() { return reviewPassed; }
    public java.util.List<String> getCertificateNumbers() { return java.util.List.of(certificates.split(";")); }

    /** The day the party's age is taken on: the violation, else the filing, else the decision — the earliest known. */
    public LocalDate getAgeTakenOn() {
        return violationOn != null ? violationOn : filedOn != null ? filedOn : decidedOn;
    }

    /** {@inheritDoc} Here: the 案号 of the earlier decision. */
    @Override
    public String auditName() {
        return caseNumber;
    }
}
