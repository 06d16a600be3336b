package org.fazhi.legality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 政府合同 — a contract the town signs: its subject, the counterparty, the amount, the legality review of the draft,
 * and the day it was signed. A contract is signed only after its review found it lawful (as it is or with changes).
 */
@Entity
@Table(name = "legality_contract")
public class GovernmentContract extends ScopedRecord implements AuditNamed {

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "drafting_unit_id", nullable = false)
    private long draftingUnitId;

    @Column(nullable = false, length = 200)
    private String counterparty;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "review_id")
    private Long reviewId;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    protected GovernmentContract() {
    }

    GovernmentContract(String subject, OrgUnitView draftingUnit, String counterparty, BigDecimal amount,
                       OrgUnitView holder) {
        this.subject = subject;
        this.draftingUnitId = draftingUnit.id();
        this.counterparty = counterparty;
        this.amount = amount;
        assignHolder(holder);
    }

    private void requireUnsigned() {
        if (signedOn != null) {
            throw new RuleViolation("legality.contract.alreadySigned", signedOn.toString());
        }
    }

    void linkReview(LegalityReview review) {
        requireUnsigned();
        if (review.getKind() != ReviewKind.CONTRACT) {
            throw RuleViolation.onField("reviewId", "legality.contract.reviewKind",
                    new DefaultMessageSourceResolvable("legality.enum.ReviewKind." + review.getKind().name()));
        }
        this.reviewId = review.getId();
        noteChange("CONTRACT_REVIEW_LINKED", review.getTitle());
    }

    /** Signed only after a review that found the draft lawful, and not before that conclusion. */
    void sign(LegalityReview review, LocalDate on) {
        requireUnsigned();
        if (review == null || review.getConclusion() == null || !review.getConclusion().permits()) {
            throw new RuleViolation("legality.contract.notReviewed");
        }
        if (on.isBefore(review.getConcludedOn())) {
            throw RuleViolation.onField("signedOn", "legality.contract.signedBeforeReview", on.toString(),
                    review.getConcludedOn().toString());
        }
        this.signedOn = on;
        noteChange("CONTRACT_SIGNED", null);
    }

    public String getSubject() {
        return subject;
    }

    public long getDraftingUnitId() {
        return draftingUnitId;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    /** {@inheritDoc} Here: the contract's subject. */
    @Override
    public String auditName() {
        return subject;
    }
}
