package org.fazhi.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;

/**
 * 法治政府建设年度工作要点 — the plan a town adopts for its year of building the rule-of-law government: a title, the
 * day it was adopted (通过) and its tasks ({@link WorkPlanTask}). One per town and year; held by the town's judicial
 * office, which compiles it. Until it is adopted it is a draft: tasks may be added, no clock runs and no progress is
 * reported.
 */
@Entity
@Table(name = "report_work_plan")
public class WorkPlan extends ScopedRecord implements AuditNamed {

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    protected WorkPlan() {
    }

    WorkPlan(int planYear, String title, String createdBy, OrgUnitView holder) {
        this.planYear = planYear;
        this.title = title;
        this.createdBy = createdBy;
        assignHolder(holder);
        noteChange("WORK_PLAN_CREATED", String.valueOf(planYear));
    }

    /** 通过: the plan takes effect on {@code on}; adopting it twice is refused. */
    void adopt(LocalDate on) {
        if (adoptedOn != null) {
            throw RuleViolation.onField("adoptedOn", "report.workPlan.adopted.already", adoptedOn.toString());
        }
        this.adoptedOn = on;
        noteChange("WORK_PLAN_ADOPTED", on.toString());
    }

    public boolean adopted() {
        return adoptedOn != null;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public String auditName() {
        return planYear + "年度法治政府建设工作要点";
    }
}
