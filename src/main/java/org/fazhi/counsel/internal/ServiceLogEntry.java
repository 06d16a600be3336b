package org.fazhi.counsel.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/**
 * 服务记录 — what an advisor did for one village on a day or over a stretch ending that day: days on site, legal
 * talks given, questions answered, documents reviewed. Held by the village served.
 */
@Entity
@Table(name = "counsel_service_log")
public class ServiceLogEntry extends ScopedRecord implements AuditPart {

    @Column(name = "advisor_id", nullable = false)
    private Long advisorId;

    @Column(name = "served_on", nullable = false)
    private LocalDate servedOn;

    @Column(name = "on_site_days", nullable = false)
    private int onSiteDays;

    @Column(nullable = false)
    private int talks;

    @Column(nullable = false)
    private int questions;

    @Column(nullable = false)
    private int documents;

    @Column(length = 500)
    private String note;

    protected ServiceLogEntry() {
    }

    ServiceLogEntry(long advisorId, OrgUnitView village, LocalDate servedOn, ServiceCounts counts, String note) {
        this.advisorId = advisorId;
        this.servedOn = servedOn;
        this.onSiteDays = counts.onSiteDays();
        this.talks = counts.talks();
        this.questions = counts.questions();
        this.documents = counts.documents();
        this.note = note;
        assignHolder(village);
    }

    public ServiceCounts counts() {
        return new ServiceCounts(onSiteDays, talks, questions, documents);
    }

    public Long getAdvisorId() {
        return advisorId;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public String getNote() {
        return note;
    }

    /** {@inheritDoc} Here: a service record of its advisor. */
    @Override
    public Class<?> auditOwnerType() {
        return LegalAdvisor.class;
    }

    @Override
    public Object auditOwnerId() {
        return advisorId;
    }
}
