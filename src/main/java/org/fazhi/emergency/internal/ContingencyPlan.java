package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 应急预案 — the town's overall plan or a special plan for one kind of event, with its owning unit, the day it was
 * adopted, its last evaluation and drill, and its revision number. The plan document is its attachment; the
 * evaluation and drill clocks run in the deadline engine.
 */
@Entity
@Table(name = "emergency_plan")
public class ContingencyPlan extends ScopedRecord implements AuditNamed {

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_scope", nullable = false, length = 20)
    private PlanScope scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", length = 30)
    private IncidentKind eventKind;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(name = "last_evaluated_on")
    private LocalDate lastEvaluatedOn;

    @Column(name = "last_drill_on")
    private LocalDate lastDrillOn;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    protected ContingencyPlan() {
    }

    ContingencyPlan(String title, IncidentKind eventKind, LocalDate adoptedOn, OrgUnitView holder) {
        this.title = title;
        this.eventKind = eventKind;
        this.scope = eventKind == null ? PlanScope.OVERALL : PlanScope.SPECIAL;
        this.adoptedOn = adoptedOn;
        assignHolder(holder);
    }

    void evaluated(LocalDate on, String note) {
        this.lastEvaluatedOn = on;
        noteChange("PLAN_EVALUATED", note);
    }

    void drilled(LocalDate on) {
        if (lastDrillOn == null || on.isAfter(lastDrillOn)) {
            this.lastDrillOn = on;
        }
    }

    /** A new revision: the history keeps the earlier ones as {@link PlanRecord}s. */
    int revise(String note) {
        revisionNo++;
        noteChange("PLAN_REVISED", note);
        return revisionNo;
    }

    public String getTitle() {
        return title;
    }

    public PlanScope getScope() {
        return scope;
    }

    public IncidentKind getEventKind() {
        return eventKind;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public LocalDate getLastEvaluatedOn() {
        return lastEvaluatedOn;
    }

    public LocalDate getLastDrillOn() {
        return lastDrillOn;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    /** {@inheritDoc} Here: the plan's title. */
    @Override
    public String auditName() {
        return title;
    }
}
