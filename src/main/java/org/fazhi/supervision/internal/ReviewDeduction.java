package org.fazhi.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/** 扣分 — points taken off a drawn case under one heading of its round's checklist, with the reason. */
@Entity
@Table(name = "supervision_review_deduction")
public class ReviewDeduction extends ScopedRecord {

    static final int MAX_REASON = 300;

    @Column(name = "review_case_id", nullable = false)
    private long reviewCaseId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    protected ReviewDeduction() {
    }

    ReviewDeduction(long reviewCaseId, long itemId, int points, String reason, OrgUnitView holder) {
        this.reviewCaseId = reviewCaseId;
        this.itemId = itemId;
        this.points = points;
        this.reason = reason;
        assignHolder(holder);
    }

    public long getReviewCaseId() { return reviewCaseId; }
    public long getItemId() { return itemId; }
    public int getPoints() { return points; }
    public String getReason() { return reason; }
}
