package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.RuleViolation;

/**
 * 法制审核人员 — a member of staff doing legal review: whether they hold the legal professional qualification (法律职业
 * 资格) and when they first reviewed. 《行政处罚法》第58条第2款: whoever reviews for the first time since 2021-07-15
 * must hold it.
 */
@Entity
@Table(name = "legal_reviewer")
public class LegalReviewer extends ScopedRecord implements AuditNamed {

    @Column(nullable = false, length = 60)
    private String username;
    @Column(name = "legal_qualification", nullable = false)
    private boolean legalQualification;
    @Column(name = "first_review_on")
    private LocalDate firstReviewOn;

    protected LegalReviewer() {
    }

    LegalReviewer(String username, boolean qualified, LocalDate firstReviewOn, OrgUnitView unit) {
        this.username = username;
        this.legalQualification = qualified;
        this.firstReviewOn = firstReviewOn;
        assignHolder(unit);
    }

    /** Whether the person may review on {@code on}: qualified, or reviewing already before the law took effect. */
    static void requireMayReview(LegalReviewer r, String username) {
        boolean veteran = r != null && r.firstReviewOn != null
                && r.firstReviewOn.isBefore(PenaltyPeriods.REVIEW_QUALIFICATION_SINCE);
        if (r == null || (!r.legalQualification && !veteran)) {
            throw new RuleViolation("enforcement.review.qualification", username,
                    PenaltyPeriods.LEGAL_REVIEW.citation());
        }
    }

    void reviewed(LocalDate on) {
        if (firstReviewOn == null) {
            firstReviewOn = on;
        }
    }

    void update(boolean qualified, LocalDate firstReview) {
        this.legalQualification = qualified;
        this.firstReviewOn = firstReview;
    }

    public String getUsername() { return username; }
    public boolean isLegalQualification() { return legalQualification; }
    public LocalDate getFirstReviewOn() { return firstReviewOn; }

    /** {@inheritDoc} Here: the reviewer's user name. */
    @Override
    public String auditName() {
        return username;
    }
}
