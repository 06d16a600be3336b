package org.fazhi.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * 次年日历录入提醒 — when the system administrator is asked to enter an official calendar. The State Council publishes
 * the next year's holiday arrangement each autumn (usually in late October or November); from 1 November on, a missing
 * next year is a reminder on the administrator's dashboard, because running clocks that reach into it are counted
 * Monday to Friday only and shown as provisional until it is entered. A missing current year is always a reminder.
 */
public final class NextYearReminder {

    /** From this day of a year on, the next year's calendar is expected. */
    public static final MonthDay REMIND_FROM = MonthDay.of(11, 1);

    private NextYearReminder() {
    }

    /** The years whose calendar the administrator should enter now, oldest first; empty when none. */
    public static List<Integer> yearsToEnter(WorkingCalendar calendar, LocalDate today) {
        List<Integer> years = new ArrayList<>();
        if (!calendar.isLoaded(today.getYear())) {
            years.add(today.getYear());
        }
        if (!MonthDay.from(today).isBefore(REMIND_FROM) && !calendar.isLoaded(today.getYear() + 1)) {
            years.add(today.getYear() + 1);
        }
        return years;
    }
}
