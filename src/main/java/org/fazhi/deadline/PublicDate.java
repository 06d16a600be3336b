package org.fazhi.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A date shown to a citizen (a reply due, a target date, a payment deadline) with the years it depends on whose
 * official calendar (国务院办公厅 holiday notice) is not entered yet. Such a date is provisional (暂定): it was counted
 * with Monday to Friday as the working days of those years and may move once the notice is entered, so the portal says
 * so in a plain sentence beside it.
 *
 * @param date           the date, or {@code null} when there is none (e.g. a paused clock)
 * @param yearsNotEntered the years without an entered calendar the date depends on, ascending; empty when it is final
 */
public record PublicDate(LocalDate date, List<Integer> yearsNotEntered) {

    /** No date (a paused clock, a concluded matter). */
    public static final PublicDate NONE = new PublicDate(null, List.of());

    public PublicDate {
        yearsNotEntered = List.copyOf(yearsNotEntered);
    }

    /** The due date of a clock: provisional when its period falls in or runs through a year not entered. */
    public static PublicDate of(DeadlineView clock) {
        if (clock == null || clock.dueDate() == null) {
            return NONE;
        }
        return new PublicDate(clock.dueDate(), clock.provisional() ? clock.yearsWithoutCalendar() : List.of());
    }

    /** A date worked out on the calendar: provisional when its own year is not entered. */
    public static PublicDate of(LocalDate date, WorkingCalendar calendar) {
        if (date == null) {
            return NONE;
        }
        return new PublicDate(date, calendar.isLoaded(date.getYear()) ? List.of() : List.of(date.getYear()));
    }

    public boolean provisional() {
        return date != null && !yearsNotEntered.isEmpty();
    }

    /** The years not entered as the sentence names them: 2027 or 2026、2027. */
    public String years() {
        return String.join("、", yearsNotEntered.stream().map(String::valueOf).toList());
    }
}
