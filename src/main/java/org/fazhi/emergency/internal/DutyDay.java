package org.fazhi.emergency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.Personal;

/**
 * 值班表 — one day of the town's duty roster (日常值班制度): the leader on duty (带班领导), the staff on duty and the
 * duty phone. A day without a leader on duty is an alert while it lies ahead.
 */
@Entity
@Table(name = "emergency_duty_day")
public class DutyDay extends ScopedRecord implements AuditNamed {

    @Column(name = "duty_date", nullable = false)
    private LocalDate date;

    @Column(length = 50)
    private String leader;

    @Column(nullable = false, length = 200)
    private String staff;

    /** May be a personal mobile number: masked in the audit trail. */
    @Personal
    @Column(nullable = false, length = 40)
    private String phone;

    protected DutyDay() {
    }

    DutyDay(LocalDate date, String leader, String staff, String phone, OrgUnitView holder) {
        this.date = date;
        this.leader = leader;
        this.staff = staff;
        this.phone = phone;
        assignHolder(holder);
    }

    void change(String leader, String staff, String phone) {
        this.leader = leader;
        this.staff = staff;
        this.phone = phone;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLeader() {
        return leader;
    }

    public String getStaff() {
        return staff;
    }

    public String getPhone() {
        return phone;
    }

    public boolean hasLeader() {
        return leader != null && !leader.isBlank();
    }

    /** {@inheritDoc} Here: the day. */
    @Override
    public String auditName() {
        return date.toString();
    }
}
