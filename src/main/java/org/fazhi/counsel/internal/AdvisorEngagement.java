package org.fazhi.counsel.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 聘用 — an advisor engaged to serve one village over a period (both days included). Held by the village, so that
 * the village's own staff see who serves them.
 */
@Entity
@Table(name = "counsel_engagement")
public class AdvisorEngagement extends ScopedRecord implements AuditPart {

    @Column(name = "advisor_id", nullable = false)
    private Long advisorId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected AdvisorEngagement() {
    }

    AdvisorEngagement(LegalAdvisor advisor, OrgUnitView village, LocalDate startsOn, LocalDate endsOn) {
        this.advisorId = advisor.getId();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        assignHolder(village);
    }

    /** Whether the advisor serves the village on that day. */
    public boolean coversOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getAdvisorId() {
        return advisorId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** {@inheritDoc} Here: an engagement of its advisor. */
    @Override
    public Class<?> auditOwnerType() {
        return LegalAdvisor.class;
    }

    @Override
    public Object auditOwnerId() {
        return advisorId;
    }
}
