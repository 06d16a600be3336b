package org.fazhi.legalservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;

/**
 * 智能法务机 — a legal-service kiosk (共享律所): where it stands, the unit or village holding it, the supplier, and the
 * days it is in service (both included; no end while it serves).
 */
@Entity
@Table(name = "legalservice_kiosk")
public class Kiosk extends ScopedRecord implements AuditNamed {

    @Column(nullable = false, length = 100)
    private String place;
    @Column(nullable = false, length = 100)
    private String supplier;
    @Column(name = "in_service_from", nullable = false)
    private LocalDate inServiceFrom;
    @Column(name = "in_service_to")
    private LocalDate inServiceTo;

    protected Kiosk() {
    }

    Kiosk(String place, String supplier, LocalDate inServiceFrom, LocalDate inServiceTo, OrgUnitView holder) {
        this.place = place;
        this.supplier = supplier;
        this.inServiceFrom = inServiceFrom;
        this.inServiceTo = inServiceTo;
        assignHolder(holder);
    }

    /** Whether the kiosk serves on that day. */
    public boolean inServiceOn(LocalDate day) {
        return !day.isBefore(inServiceFrom) && (inServiceTo == null || !day.isAfter(inServiceTo));
    }

    public String getPlace() {
        return place;
    }

    public String getSupplier() {
        return supplier;
    }

    public LocalDate getInServiceFrom() {
        return inServiceFrom;
    }

    public LocalDate getInServiceTo() {
        return inServiceTo;
    }

    @Override
    public String auditName() {
        return place;
    }
}
