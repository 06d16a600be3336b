package org.fazhi.mediation.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.TownOwned;

/** 当事人 — a party to a dispute. Name, ID number, phone and address are personal data. */
@Entity
@Table(name = "mediation_party")
public class Party extends DisputePart implements TownOwned {

    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false)
    private PartyRole role;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "name", nullable = false))
    @AttributeOverride(name = "idNumber", column = @Column(name = "id_number"))
    @AttributeOverride(name = "phone", column = @Column(name = "phone"))
    @AttributeOverride(name = "address", column = @Column(name = "address"))
    private PartyData data;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Party() {
    }

    Party(long townId, PartyRole role, String name, String idNumber, String phone, String address, int sortOrder) {
        this.townId = townId;
        this.role = role;
        this.data = new PartyData(name, idNumber, phone, address);
        this.sortOrder = sortOrder;
    }

    @Override
    public Long getTownId() {
        return townId;
    }

    public PartyRole getRole() {
        return role;
    }

    public String getName() {
        return data.name();
    }

    public String getIdNumber() {
        return data.idNumber();
    }

    public String getPhone() {
        return data.phone();
    }

    public String getAddress() {
        return data.address();
    }
}
