package org.fazhi.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.deadline.CalendarChanged;
import org.fazhi.deadline.DayKind;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's edit of a calendar year. The year, its days and the recomputation of every open clock are one
 * transaction: either the new calendar holds and every running deadline follows it, or nothing changed. The
 * recomputation runs with the platform's scope, since the calendar is national and a clock of any town may move;
 * the audit trail still names the administrator who made the change. Then {@link org.fazhi.deadline.CalendarChanged}
 * lets the modules whose dates come from the calendar in other ways follow it in the same transaction.
 */
@Service
public class CalendarAdmin {

    /** The years the administrator may enter. */
    public static final int FIRST_YEAR = YearRules.FIRST_YEAR;
    public static final int LAST_YEAR = YearRules.LAST_YEAR;

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final CalendarService calendar;
    private final DeadlineService deadlines;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CalendarAdmin(CalendarYearRepository years, CalendarDayRepository days, CalendarService calendar,
                  DeadlineService deadlines, TransactionTemplate tx, Clock clock, MessageSource messages,
                  ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
        this.years = years;
        this.days = days;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.tx = tx;
        this.clock = clock;
    }

    /** The outcome of a save: the year as stored, whether it is new, how many clocks moved. */
    public record Saved(CalendarService.YearDetail year, boolean created, int recomputedClocks) {
    }

    /**
     * Adds or replaces a year's holidays and adjusted working days. Throws {@link RuleViolation} (nothing written) when
     * a date lies outside the year, is both, an adjusted working day is a weekday, or no holiday is given.
     */
    public Saved save(int year, String note, Collection<LocalDate> holidays, Collection<LocalDate> adjusted) {
        requireInstallationAdministrator();
        List<RuleViolation.FieldProblem> problems = YearRules.check(year, holidays, adjusted);
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 300) {
            throw RuleViolation.onField("note", Input.TOO_LONG, "300");
        }
        try {
            return DataScope.asSystem(() -> tx.execute(status -> write(year, cleanNote, holidays, adjusted)));
        } finally {
            // committed or rolled back, the next count reads the calendar as the database holds it
            calendar.invalidate();
        }
    }

    /**
     * The official calendar is the State Council's, one for every town of the installation: only an administrator of
     * the installation (home unit the district), not a town's, may change it.
     */
    private static void requireInstallationAdministrator() {
        if (DataScope.current().system()) {
            return;
        }
        boolean districtLevel = DataScope.currentUser().map(u -> u.homeUnit().townId() == null).orElse(false);
        if (!districtLevel) {
            throw new org.fazhi.shared.AccessDenied("calendar.edit.installationOnly");
        }
    }

    private Saved write(int year, String note, Collection<LocalDate> holidays, Collection<LocalDate> adjusted) {
        Map<LocalDate, DayKind> wanted = new HashMap<>();
        holidays.forEach(d -> wanted.put(d, DayKind.HOLIDAY));
        adjusted.forEach(d -> wanted.put(d, DayKind.ADJUSTED_WORKDAY));

        CalendarYear y = years.findByYearNo(year).orElse(null);
        boolean created = y == null;
        // the trail is read in Chinese whatever the administrator's language, like the rest of the records
        String reason = messages.getMessage("calendar.audit.yearSaved", new Object[] {String.valueOf(year),
                holidays.stream().distinct().count(), adjusted.stream().distinct().count()}, Locale.SIMPLIFIED_CHINESE);
        if (created) {
            y = new CalendarYear(year);
        }
        y.edited(note, clock.instant(), created ? "CALENDAR_YEAR_ADD" : "CALENDAR_YEAR_CHANGE", reason);
        years.saveAndFlush(y);

        for (CalendarDay existing : days.findByYearNoOrderByDayDateAsc(year)) {
            DayKind kind = wanted.remove(existing.dayDate());
            if (kind == null) {
                days.delete(existing);
            } else if (kind != existing.kind()) {
                existing.changeKind(kind);
            }
        }
        wanted.forEach((date, kind) -> days.save(new CalendarDay(date, kind)));
        days.flush();

        WorkingCalendar updated = calendar.load();
        int moved = deadlines.recomputeOpen(updated, reason);
        // the modules that follow the calendar start, stop and restart clocks in this transaction: the engine must
        // count those with the new calendar, not the cached one
        calendar.invalidate();
        events.publishEvent(new CalendarChanged(year, updated, reason));
        return new Saved(calendar.year(year).orElseThrow(), created, moved);
    }
}
