package org.fazhi.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;

/**
 * 案卷评查 — the judicial office's annual review of the enforcement cases a town decided in a year: created with the
 * town's draw settings and a copy of its checklist, then drawn once (the seed kept, so the draw can be repeated and
 * checked) and scored case by case. Held by the judicial office.
 */
@Entity
@Table(name = "supervision_review_round")
public class ReviewRound extends ScopedRecord implements AuditNamed {

    @Column(name = "review_year", nullable = false)
    private int year;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "minimum_per_department", nullable = false)
    private int minimumPerDepartment;

    @Column(name = "share_percent", nullable = false)
    private int sharePercent;

    @Column
    private Long seed;

    /** The decided cases per department the draw chose from, as {@link CaseDraw#encode} writes them. */
    @Column(length = 200000)
    private String pool;

    @Column(name = "drawn_on")
    private LocalDate drawnOn;

    protected ReviewRound() {
    }

    ReviewRound(int year, LocalDate createdOn, SupervisionSettings settings, OrgUnitView judicialOffice) {
        this.year = year;
        this.createdOn = createdOn;
        this.minimumPerDepartment = settings.getReviewMinimumPerDepartment();
        this.sharePercent = settings.getReviewSharePercent();
        assignHolder(judicialOffice);
    }

    /** Records the draw with the seed and the pool it drew from ({@link CaseDraw#encode}); a round is drawn once. */
    void drawn(long seed, String pool, LocalDate on) {
        if (isDrawn()) {
            throw new RuleViolation("supervision.review.alreadyDrawn", drawnOn.toString());
        }
        noteChange("REVIEW_DRAWN", null);
        this.seed = seed;
        this.pool = pool;
        this.drawnOn = on;
    }

    public boolean isDrawn() {
        return drawnOn != null;
    }

    /** {@inheritDoc} Here: the year reviewed. */
    @Override
    public String auditName() {
        return year + "年度案卷评查";
    }

    public int getYear() { return year; }
    public LocalDate getCreatedOn() { return createdOn; }
    public int getMinimumPerDepartment() { return minimumPerDepartment; }
    public int getSharePercent() { return sharePercent; }
    public Long getSeed() { return seed; }
    public Map<Long, List<Long>> getPool() { return CaseDraw.decode(pool); }
    public LocalDate getDrawnOn() { return drawnOn; }
}
