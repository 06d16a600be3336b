package org.fazhi.counsel.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/** 政府法律顾问服务协议 — the town government's contract with a law firm and its lawyer: period and scope of service. */
@Entity
@Table(name = "counsel_town_contract")
public class TownCounselContract extends ScopedRecord implements AuditNamed {

    @Column(nullable = false, length = 100)
    private String firm;

    @Column(nullable = false, length = 50)
    private String lawyer;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "service_scope", nullable = false, length = 500)
    private String scope;

    protected TownCounselContract() {
    }

    TownCounselContract(String firm, String lawyer, LocalDate startsOn, LocalDate endsOn, String scope,
                        OrgUnitView town) {
        this.firm = firm;
        this.lawyer = lawyer;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.scope = scope;
        assignHolder(town);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public String getFirm() {
        return firm;
    }

    public String getLawyer() {
        return lawyer;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getScope() {
        return scope;
    }

    /** {@inheritDoc} Here: the law firm. */
    @Override
    public String auditName() {
        return firm;
    }
}
