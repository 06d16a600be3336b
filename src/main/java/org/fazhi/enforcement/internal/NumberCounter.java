package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/** 文号计数 — the last number given per town, kind (立案 / 决定) and year. */
@Entity
@Table(name = "enforcement_number")
public class NumberCounter extends ScopedRecord implements AuditNamed {

    @Column(name = "number_kind", nullable = false, length = 20)
    private String kind;
    @Column(name = "number_year", nullable = false)
    private int year;
    @Column(name = "last_no", nullable = false)
    private int lastNo;

    protected NumberCounter() {
    }

    NumberCounter(String kind, int year, OrgUnitView town) {
        this.kind = kind;
        this.year = year;
        assignHolder(town);
    }

    int next() {
        return ++lastNo;
    }

    /** {@inheritDoc} Here: the kind of number and its year. */
    @Override
    public String auditName() {
        return kind + " " + year;
    }
}
