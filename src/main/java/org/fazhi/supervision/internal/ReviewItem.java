package org.fazhi.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 评查项目 — one heading of the case-file review checklist (评查标准) with its points. A town keeps its own checklist
 * (no round); a round copies it when it is created and scores its cases on the copy, so that editing the checklist
 * later leaves the round as it was scored.
 */
@Entity
@Table(name = "supervision_review_item")
public class ReviewItem extends ScopedRecord implements AuditNamed {

    /** A heading and its points, as the checklist is edited and copied. */
    public record Line(String heading, int maxPoints) {
    }

    /**
     * The platform's default checklist, following the common headings of the provincial case-file review standards
     * (主体、事实、证据、程序、法律适用、裁量、文书、归档); the points add up to {@link #FULL_MARKS}.
     */
    public static final List<Line> DEFAULTS = List.of(new Line("主体合法", 10), new Line("事实清楚", 15),
            new Line("证据确凿", 15), new Line("程序合法", 20), new Line("适用法律正确", 15), new Line("裁量适当", 10),
            new Line("文书规范", 10), new Line("归档完整", 5));
    /** A checklist's points add up to 100: a case's score reads as a mark out of 100. */
    public static final int FULL_MARKS = 100;
    static final int MAX_HEADING = 50;

    @Column(name = "round_id")
    private Long roundId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_HEADING)
    private String heading;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected ReviewItem() {
    }

    ReviewItem(Long roundId, int position, Line line, OrgUnitView holder) {
        this.roundId = roundId;
        this.position = position;
        this.heading = line.heading();
        this.maxPoints = line.maxPoints();
        assignHolder(holder);
    }

    void change(Line line) {
        this.heading = line.heading();
        this.maxPoints = line.maxPoints();
    }

    public Line line() {
        return new Line(heading, maxPoints);
    }

    /** {@inheritDoc} Here: the heading. */
    @Override
    public String auditName() {
        return heading;
    }

    public Long getRoundId() { return roundId; }
    public int getPosition() { return position; }
    public String getHeading() { return heading; }
    public int getMaxPoints() { return maxPoints; }
}
