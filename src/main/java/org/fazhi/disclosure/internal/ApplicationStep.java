package org.fazhi.disclosure.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.shared.BaseEntity;

/** 办理过程 — one step of an application's procedure, for its timeline (reached only through the application). */
@Entity
@Table(name = "disclosure_application_step")
public class ApplicationStep extends BaseEntity implements AuditPart {

    /** The kinds of step. */
    public enum Kind {
        RECEIVED, SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, EXTENDED, CONSULTATION_STARTED, CONSULTATION_ENDED,
        FEE_NOTICE, FEE_PAID, LATER_REPLY_DATE, DECIDED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private DisclosureApplication application;

    @Column(nullable = false, length = 40)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind step;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(length = 4000)
    private String detail;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ApplicationStep() {
    }

    ApplicationStep(DisclosureApplication application, Kind step, LocalDate occurredOn, String detail, String actor) {
        this.application = application;
        this.step = step;
        this.occurredOn = occurredOn;
        this.detail = detail;
        this.actor = actor;
        this.recordedAt = Instant.now();
    }

    public Kind step() {
        return step;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String detail() {
        return detail;
    }

    public String actor() {
        return actor;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** {@inheritDoc} Here: a step of its application. */
    @Override
    public Class<?> auditOwnerType() {
        return DisclosureApplication.class;
    }

    @Override
    public Object auditOwnerId() {
        return application == null ? null : application.getId();
    }
}
