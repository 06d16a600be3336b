package org.fazhi.organization.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.BaseEntity;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * 组织单元 — a unit of the org tree. The data-scope filters of {@link ScopedRecord} are declared here, on an entity
 * every installation has, because Hibernate reads filter definitions from mapped classes.
 */
@Entity
@Table(name = "org_unit")
@FilterDef(name = ScopedRecord.TOWN_FILTER, parameters = @ParamDef(name = "townIds", type = Long.class),
        defaultCondition = "town_id in (:townIds)", applyToLoadByKey = true)
@FilterDef(name = ScopedRecord.VILLAGE_FILTER, parameters = @ParamDef(name = "villageId", type = Long.class),
        defaultCondition = "village_id = :villageId", applyToLoadByKey = true)
public class OrgUnit extends BaseEntity implements AuditNamed {

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrgUnitType type;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(length = 40)
    private String code;

    private boolean demo;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active = true;

    /** 对外联系电话 — the office phone the portal shows. */
    @Column(name = "public_phone", length = 40)
    private String publicPhone;

    /** 对外办公地址 — the office address the portal shows. */
    @Column(name = "public_address", length = 200)
    private String publicAddress;

    protected OrgUnit() {
    }

    public OrgUnit(String name, OrgUnitType type, Long parentId, String code, boolean demo, int sortOrder) {
        this.name = name;
        this.type = type;
        this.parentId = parentId;
        this.code = code;
        this.demo = demo;
        this.sortOrder = sortOrder;
    }

    public void rename(String newName, String newCode, int newSortOrder) {
        this.name = newName;
        this.code = newCode;
        this.sortOrder = newSortOrder;
    }

    /** Sets the office phone and address the portal shows ({@code null} for none). */
    public void setPublicContact(String phone, String address) {
        this.publicPhone = phone;
        this.publicAddress = address;
    }

    public String getPublicPhone() {
        return publicPhone;
    }

    public String getPublicAddress() {
        return publicAddress;
    }

    public void deactivate(String reason) {
        this.active = false;
        noteChange("DEACTIVATE", reason);
    }

    public String getName() {
        return name;
    }

    public OrgUnitType getType() {
        return type;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public boolean isDemo() {
        return demo;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    /** {@inheritDoc} Here: the unit's name. */
    @Override
    public String auditName() {
        return name;
    }
}
