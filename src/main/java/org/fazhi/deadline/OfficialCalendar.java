package org.fazhi.deadline;

import java.time.LocalDate;

/** 官方工作日历 — the calendar as loaded from the database, for modules that count days without a clock. */
public interface OfficialCalendar {

    /** The current snapshot (cheap: cached, refreshed when the administrator changes a year). */
    WorkingCalendar snapshot();

    default DayKind kindOf(LocalDate date) {
        return snapshot().kindOf(date);
    }

    default LocalDate addWorkingDays(LocalDate from, int days) {
        return snapshot().addWorkingDays(from, days);
    }

    default LocalDate dueDate(StatutoryPeriod period, LocalDate trigger) {
        return snapshot().dueDate(period, trigger);
    }

    /** A date as the public sees it: marked provisional when its year's calendar is not entered yet. */
    default PublicDate forPublic(LocalDate date) {
        return PublicDate.of(date, snapshot());
    }
}
