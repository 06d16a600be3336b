package org.fazhi.mediation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fazhi.shared.BaseEntity;
import org.fazhi.shared.Personal;
import org.fazhi.shared.TownOwned;

/** 当事人 — a party to a dispute. Name, ID number, phone and address are personal data. */
@Entity
@Table(name = "mediation_party")
public class Party extends BaseEntity implements TownOwned {

    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false)
    private PartyRole role;

    @Personal
    @Column(nullable = false)
    private String name;

    @Personal
    @Column(name = "id_number")
    private String idNumber;

    @Personal
    private String phone;

    @Personal
    private String address;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Party() {
    }

    Party(long townId, PartyRole role, String name, String idNumber, String phone, String address, int sortOrder) {
        this.townId = townId;
        this.role = role;
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
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
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }
}
