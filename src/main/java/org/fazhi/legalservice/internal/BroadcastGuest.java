package org.fazhi.legalservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;

/** 直播嘉宾 — a guest of a broadcast with their role; shown on the portal (guests appear in public). */
@Entity
@Table(name = "legalservice_broadcast_guest")
public class BroadcastGuest extends ScopedRecord implements AuditPart {

    @Column(name = "broadcast_id", nullable = false)
    private Long broadcastId;
    @Column(name = "guest_name", nullable = false, length = 50)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "guest_role", nullable = false)
    private GuestRole role;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected BroadcastGuest() {
    }

    BroadcastGuest(Broadcast b, String name, GuestRole role, int sortOrder, OrgUnitView holder) {
        this.broadcastId = b.getId();
        this.name = name;
        this.role = role;
        this.sortOrder = sortOrder;
        assignHolder(holder);
    }

    public Long getBroadcastId() {
        return broadcastId;
    }

    public String getName() {
        return name;
    }

    public GuestRole getRole() {
        return role;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public Class<?> auditOwnerType() {
        return Broadcast.class;
    }

    @Override
    public Object auditOwnerId() {
        return broadcastId;
    }
}
