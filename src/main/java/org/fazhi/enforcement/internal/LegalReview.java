package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.RuleViolation;

/**
 * 法制审核 (《行政处罚法》第58条) — the reviewer's finding with a written opinion, and the legal counsel's opinion beside
 * it; a case sent back for further investigation keeps the finding until it is reviewed again.
 */
@Embeddable
public class LegalReview {

    @Column(name = "review_passed")
    private Boolean passed;
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
    @Column(name = "reviewer", length = 60)
    private String reviewer;
    @Column(name = "review_opinion", length = 2000)
    private String opinion;
    @Column(name = "counsel_opinion", length = 2000)
    private String counselOpinion;

    /** Records the finding; both opinions are required. */
    void record(boolean passed, String reviewer, String opinion, String counselOpinion, LocalDate on) {
        if (opinion == null || opinion.isBlank()) {
            throw RuleViolation.onField("opinion", "enforcement.review.opinion");
        }
        if (counselOpinion == null || counselOpinion.isBlank()) {
            throw RuleViolation.onField("counselOpinion", "enforcement.review.counsel");
        }
        this.passed = passed;
        this.reviewer = reviewer;
        this.opinion = opinion.strip();
        this.counselOpinion = counselOpinion.strip();
        this.reviewedOn = on;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    /** {@code null} while no review was recorded. */
    public Boolean getPassed() { return passed; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public String getReviewer() { return reviewer; }
    public String getOpinion() { return opinion; }
    public String getCounselOpinion() { return counselOpinion; }
}
