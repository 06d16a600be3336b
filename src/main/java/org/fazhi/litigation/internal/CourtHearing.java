package org.fazhi.litigation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;

/**
 * 开庭（听证） — one hearing of a case: whether the head appeared (负责人出庭应诉, 《行政诉讼法》第3条第3款), who did and
 * in what rank, or, when the head did not, the reason the court accepts and the member of staff sent instead.
 */
@Entity
@Table(name = "litigation_hearing")
public class CourtHearing extends ScopedRecord implements AuditPart {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "head_appeared", nullable = false)
    private boolean headAppeared;

    @Column(name = "appeared_name", length = 60)
    private String appearedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeared_rank", length = 30)
    private HeadRank appearedRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "absence_reason", length = 30)
    private AbsenceReason absenceReason;

    @Column(name = "absence_explanation", length = 500)
    private String absenceExplanation;

    @Column(length = 120)
    private String delegate;

    protected CourtHearing() {
    }

    /** A hearing the head attended. */
    static CourtHearing attended(LitigationCase c, LocalDate on, String name, HeadRank rank, OrgUnitView holder) {
        CourtHearing h = new CourtHearing(c, on, holder);
        h.headAppeared = true;
        h.appearedName = name;
        h.appearedRank = rank;
        return h;
    }

    /** A hearing the head could not attend, for an accepted reason, with a member of staff sent. */
    static CourtHearing excused(LitigationCase c, LocalDate on, AbsenceReason reason, String explanation, String delegate,
                           OrgUnitView holder) {
        CourtHearing h = new CourtHearing(c, on, holder);
        h.headAppeared = false;
        h.absenceReason = reason;
        h.absenceExplanation = explanation;
        h.delegate = delegate;
        return h;
    }

    private CourtHearing(LitigationCase c, LocalDate on, OrgUnitView holder) {
        this.caseId = c.getId();
        this.heldOn = on;
        assignHolder(holder);
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public boolean isHeadAppeared() {
        return headAppeared;
    }

    public String getAppearedName() {
        return appearedName;
    }

    public HeadRank getAppearedRank() {
        return appearedRank;
    }

    public AbsenceReason getAbsenceReason() {
        return absenceReason;
    }

    public String getAbsenceExplanation() {
        return absenceExplanation;
    }

    public String getDelegate() {
        return delegate;
    }

    @Override
    public Class<?> auditOwnerType() {
        return LitigationCase.class;
    }

    @Override
    public Long auditOwnerId() {
        return caseId;
    }
}
