package org.fazhi.legalservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/** 公共法律服务点 — where the public finds legal services: address, opening hours and what is offered there. */
@Entity
@Table(name = "legalservice_service_point")
public class ServicePoint extends ScopedRecord implements AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PointKind kind;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(nullable = false, length = 200)
    private String address;
    @Column(name = "opening_hours", nullable = false, length = 100)
    private String hours;
    @Column(nullable = false, length = 500)
    private String offers;

    protected ServicePoint() {
    }

    ServicePoint(PointKind kind, String name, String address, String hours, String offers, OrgUnitView holder) {
        this.kind = kind;
        this.name = name;
        this.address = address;
        this.hours = hours;
        this.offers = offers;
        assignHolder(holder);
    }

    public PointKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getHours() {
        return hours;
    }

    public String getOffers() {
        return offers;
    }

    @Override
    public String auditName() {
        return name;
    }
}
