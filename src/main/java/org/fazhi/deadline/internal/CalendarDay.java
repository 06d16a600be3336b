package org.fazhi.deadline.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.deadline.DayKind;
import org.fazhi.shared.BaseEntity;

/** 节假日 / 调休上班日 — one exception of the official calendar: a holiday or an adjusted working day. */
@Entity
@Table(name = "calendar_day")
class CalendarDay extends BaseEntity implements AuditNamed {

    @Column(name = "year_no", nullable = false)
    private int yearNo;

    @Column(name = "day_date", nullable = false)
    private LocalDate dayDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayKind kind;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate dayDate, DayKind kind) {
        this.yearNo = dayDate.getYear();
        this.dayDate = dayDate;
        this.kind = kind;
    }

    void changeKind(DayKind kind) {
        this.kind = kind;
    }

    LocalDate dayDate() {
        return dayDate;
    }

    DayKind kind() {
        return kind;
    }

    /** {@inheritDoc} Here: the date. */
    @Override
    public String auditName() {
        return dayDate == null ? null : dayDate.toString();
    }
}
