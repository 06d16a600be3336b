package org.fazhi.study.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/** 年度学法计划 — how many study sessions the town plans for a year. */
@Entity
@Table(name = "study_plan")
public class StudyPlan extends ScopedRecord {

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int planned;

    protected StudyPlan() {
    }

    StudyPlan(int year, int planned, OrgUnitView holder) {
        this.year = year;
        this.planned = planned;
        assignHolder(holder);
    }

    void plan(int planned) {
        this.planned = planned;
    }

    public int getYear() {
        return year;
    }

    public int getPlanned() {
        return planned;
    }
}
