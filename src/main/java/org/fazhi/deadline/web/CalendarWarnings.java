package org.fazhi.deadline.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.fazhi.deadline.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The warning shown with any answer that counted days in a year whose official calendar is not loaded. */
@Component
class CalendarWarnings {

    private final MessageSource messages;

    CalendarWarnings(MessageSource messages) {
        this.messages = messages;
    }

    /** The warning for a count from {@code from} to {@code to}, or {@code null} when every year is loaded. */
    String forRange(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        return forYears(calendar.yearsWithoutCalendar(from, to));
    }

    /** The warning naming the years, or {@code null} for none. */
    String forYears(Collection<Integer> years) {
        if (years.isEmpty()) {
            return null;
        }
        String list = years.stream().map(String::valueOf).collect(Collectors.joining("、"));
        return messages.getMessage("calendar.warning.noCalendar", new Object[] {list},
                LocaleContextHolder.getLocale());
    }
}
