package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;

/** 应急演练 — a drill of a plan: the day, the scenario, who took part and what it found. */
@Entity
@Table(name = "emergency_plan_drill")
public class PlanDrill extends ScopedRecord implements AuditPart {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 500)
    private String scenario;

    @Column(nullable = false, length = 500)
    private String participants;

    @Column(length = 2000)
    private String findings;

    protected PlanDrill() {
    }

    PlanDrill(ContingencyPlan plan, OrgUnitView holder, LocalDate heldOn, String scenario, String participants,
              String findings) {
        this.planId = plan.getId();
        this.heldOn = heldOn;
        this.scenario = scenario;
        this.participants = participants;
        this.findings = findings;
        assignHolder(holder);
    }

    public long getPlanId() {
        return planId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getScenario() {
        return scenario;
    }

    public String getParticipants() {
        return participants;
    }

    public String getFindings() {
        return findings;
    }

    @Override
    public Class<?> auditOwnerType() {
        return ContingencyPlan.class;
    }

    @Override
    public Object auditOwnerId() {
        return planId;
    }
}
