package org.fazhi.legality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.RuleViolation;

/** 法律顾问意见 — counsel asked on a review, and the opinion it wrote. Held as its review is. */
@Entity
@Table(name = "legality_counsel_opinion")
public class CounselOpinion extends ScopedRecord {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = 60)
    private String counsel;

    @Column(name = "asked_on", nullable = false)
    private LocalDate askedOn;

    @Column(name = "opinion", length = 4000)
    private String text;

    @Column(name = "written_on")
    private LocalDate writtenOn;

    protected CounselOpinion() {
    }

    CounselOpinion(LegalityReview review, String counsel, LocalDate askedOn,
                   org.fazhi.organization.OrgUnitView holder) {
        this.reviewId = review.getId();
        this.counsel = counsel;
        this.askedOn = askedOn;
        assignHolder(holder);
        noteChange("COUNSEL_ASKED", counsel);
    }

    void write(String text, LocalDate on) {
        if (on.isBefore(askedOn)) {
            throw RuleViolation.onField("writtenOn", "legality.opinion.beforeAsked", on.toString(),
                    askedOn.toString());
        }
        this.text = text;
        this.writtenOn = on;
        noteChange("COUNSEL_OPINION_WRITTEN", null);
    }

    public boolean written() {
        return writtenOn != null;
    }

    public long getReviewId() {
        return reviewId;
    }

    public String getCounsel() {
        return counsel;
    }

    public LocalDate getAskedOn() {
        return askedOn;
    }

    public String getText() {
        return text;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }
}
