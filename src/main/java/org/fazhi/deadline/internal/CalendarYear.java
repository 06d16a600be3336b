package org.fazhi.deadline.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fazhi.shared.BaseEntity;

/**
 * 年度工作日历 — a year whose official holiday notice (国务院办公厅部分节假日安排的通知) is loaded. Master data of the
 * installation, not a town record. Its days are {@link CalendarDay} rows of the same year.
 */
@Entity
@Table(name = "calendar_year")
class CalendarYear extends BaseEntity implements AuditNamed {

    @Column(name = "year_no", nullable = false)
    private int yearNo;

    @Column(length = 300)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarYear() {
    }

    CalendarYear(int yearNo) {
        this.yearNo = yearNo;
    }

    /** Records an edit of the year (its days are written beside it), named for the audit trail. */
    void edited(String note, Instant now, String action, String reason) {
        this.note = note;
        this.updatedAt = now;
        noteChange(action, reason);
    }

    int yearNo() {
        return yearNo;
    }

    String note() {
        return note;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** {@inheritDoc} Here: the year. */
    @Override
    public String auditName() {
        return String.valueOf(yearNo);
    }
}
