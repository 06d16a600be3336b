package org.fazhi.counsel.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Personal;

/**
 * 村（居）法律顾问 — a lawyer engaged by the town to serve one or more villages; known by the 17-digit licence number of
 * the 律师执业证. Held by the town: the villages served are the engagements.
 */
@Entity
@Table(name = "counsel_advisor")
public class LegalAdvisor extends ScopedRecord implements AuditNamed {

    @Column(name = "full_name", nullable = false, length = 50)
    private String name;

    @Column(nullable = false, length = 100)
    private String firm;

    @Column(name = "licence_number", nullable = false, length = 17)
    private String licenceNumber;

    @Personal
    @Column(length = 30)
    private String phone;

    @Column(length = 60)
    private String username;

    protected LegalAdvisor() {
    }

    LegalAdvisor(String name, String firm, String licenceNumber, String phone, OrgUnitView town) {
        this.name = name;
        this.firm = firm;
        this.licenceNumber = licenceNumber;
        this.phone = phone;
        assignHolder(town);
    }

    /** The ledger or a form may bring a newer firm or phone number; the licence number stays. */
    void update(String name, String firm, String phone) {
        this.name = name;
        this.firm = firm;
        if (phone != null) {
            this.phone = phone;
        }
    }

    void linkAccount(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public String getFirm() {
        return firm;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getUsername() {
        return username;
    }

    /** {@inheritDoc} Here: the advisor's name (public on the village's notice board). */
    @Override
    public String auditName() {
        return name;
    }
}
