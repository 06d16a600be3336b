package org.fazhi.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.fazhi.shared.LegalBasis;

/**
 * 工作日历 — an immutable snapshot of the official calendar and the day-counting rules of the law, in plain Java.
 * <p>
 * The rules (民法典 arts. 200–204; the same in 民事诉讼法):
 * <ul>
 *   <li>the day of the triggering event is not counted: a period starts the day after it (art. 201);</li>
 *   <li>a working day (工作日) skips weekends and holidays and counts adjusted working days (调休上班日);</li>
 *   <li>a month or year period ends on the corresponding day of the final month, or on that month's last day when it
 *   has no such day (art. 202);</li>
 *   <li>a calendar-day, month or year period whose last day is not a working day ends on the next working day
 *   (art. 203).</li>
 * </ul>
 * A year whose official calendar is not loaded counts Monday to Friday as working days; {@link #isLoaded(int)} tells
 * the caller to warn that such a result is provisional.
 */
public final class WorkingCalendar {

    /** Art. 201: the trigger day is not counted. */
    public static final LegalBasis TRIGGER_DAY_NOT_COUNTED = LegalBasis.of("民法典", 201);
    /** Art. 202: months and years end on the corresponding day, or the last day of a month without one. */
    public static final LegalBasis CORRESPONDING_DAY = LegalBasis.of("民法典", 202);
    /** Art. 203: a period whose last day is a day off ends on the next working day. */
    public static final LegalBasis LAST_DAY_OFF_ROLLS = LegalBasis.of("民法典", 203);

    /** No statutory period or sum of pauses runs this long; a longer walk means a bug or an open-ended pause. */
    static final int MAX_WALK_DAYS = 100 * 366;

    private static final WorkingCalendar WEEKDAYS_ONLY = new WorkingCalendar(Set.of(), Map.of());

    private final SortedSet<Integer> loadedYears;
    private final Map<LocalDate, DayKind> exceptions;

    private WorkingCalendar(Set<Integer> loadedYears, Map<LocalDate, DayKind> exceptions) {
        this.loadedYears = Collections.unmodifiableSortedSet(new TreeSet<>(loadedYears));
        this.exceptions = Map.copyOf(exceptions);
    }

    /**
     * A calendar with the given years loaded and their exceptions: each date maps to {@link DayKind#HOLIDAY} or
     * {@link DayKind#ADJUSTED_WORKDAY}.
     */
    public static WorkingCalendar of(Set<Integer> loadedYears, Map<LocalDate, DayKind> exceptions) {
        exceptions.forEach((date, kind) -> {
            if (kind != DayKind.HOLIDAY && kind != DayKind.ADJUSTED_WORKDAY) {
                throw new IllegalArgumentException(date + " is listed as " + kind);
            }
            if (!loadedYears.contains(date.getYear())) {
                throw new IllegalArgumentException(date + " lies outside the loaded years " + loadedYears);
            }
        });
        return new WorkingCalendar(loadedYears, exceptions);
    }

    /** A calendar without any official year: Monday to Friday are the working days. */
    public static WorkingCalendar weekdaysOnly() {
        return WEEKDAYS_ONLY;
    }

    /** Builds a calendar year by year, for data loading and tests. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the official calendar of the year is loaded. */
    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    /** The years loaded, ascending. */
    public SortedSet<Integer> loadedYears() {
        return loadedYears;
    }

    /** The years from {@code from} to {@code to} (inclusive) whose calendar is not loaded, ascending. */
    public SortedSet<Integer> yearsWithoutCalendar(LocalDate from, LocalDate to) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            if (!isLoaded(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /** The kind of the day: an adjusted working day first, then a holiday, then a weekend. */
    public DayKind kindOf(LocalDate date) {
        DayKind listed = exceptions.get(date);
        if (listed == DayKind.ADJUSTED_WORKDAY) {
            return DayKind.ADJUSTED_WORKDAY;
        }
        if (listed == DayKind.HOLIDAY) {
            return DayKind.HOLIDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).working();
    }

    /** The N-th working day after {@code from}; the day of {@code from} is not counted (art. 201). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return dueDate(StatutoryPeriod.workingDays(days, TRIGGER_DAY_NOT_COUNTED), from);
    }

    /** The day itself when it is a working day, otherwise the next working day (art. 203). */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        int guard = 0;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
            if (++guard > MAX_WALK_DAYS) {
                throw new IllegalStateException("no working day after " + date);
            }
        }
        return d;
    }

    /**
     * The day that lies {@code days} working days before {@code date}: from that day on, at most {@code days} working
     * days remain until {@code date} (counting {@code date}, not the day itself). Zero gives {@code date}.
     */
    public LocalDate workingDaysBefore(LocalDate date, int days) {
        LocalDate d = date;
        int left = days;
        while (left > 0) {
            d = d.plusDays(-1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}: a warning window of calendar days
     * before a due date, in the working days a clock's warning counts.
     */
    public int workingDaysAfterUpTo(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The last day of the period triggered on {@code trigger}, every day counted. */
    public LocalDate dueDate(StatutoryPeriod period, LocalDate trigger) {
        return dueDate(period, trigger, d -> false);
    }

    /**
     * The last day of the period triggered on {@code trigger}, not counting the days for which {@code notCounted} holds
     * (a paused clock). Those days push the end back day by day; the art. 203 roll then applies to the end found.
     */
    public LocalDate dueDate(StatutoryPeriod period, LocalDate trigger, Predicate<LocalDate> notCounted) {
        LocalDate end = lastDayUnrolled(period, trigger, notCounted);
        return period.rollsToWorkingDay() ? workingDayOnOrAfter(end) : end;
    }

    /**
     * The last day of the period before the art. 203 roll: the day an extension of the period is added to, since an
     * extension lengthens the period itself and the roll applies once, to the end of the whole (a 90-day period ending
     * on a holiday and extended by 30 days ends 120 days after its trigger, not 30 days after the rolled day).
     */
    public LocalDate lastDayUnrolled(StatutoryPeriod period, LocalDate trigger, Predicate<LocalDate> notCounted) {
        return switch (period.unit()) {
            case WORKING_DAYS -> nthCountedDay(trigger, period.amount(), d -> isWorkingDay(d) && !notCounted.test(d));
            case CALENDAR_DAYS -> nthCountedDay(trigger, period.amount(), d -> !notCounted.test(d));
            case MONTHS -> pushedBack(trigger, trigger.plusMonths(period.amount()), notCounted);
            case YEARS -> pushedBack(trigger, trigger.plusYears(period.amount()), notCounted);
            case MINUTES -> throw new IllegalArgumentException("a period in minutes ends at an instant, not a day");
        };
    }

    /**
     * Art. 202: {@code corresponding} is the corresponding day ({@link LocalDate#plusMonths} already falls back to the
     * month's last day). Days not counted inside the period add as many counted days after it.
     */
    private static LocalDate pushedBack(LocalDate trigger, LocalDate corresponding, Predicate<LocalDate> notCounted) {
        int skipped = 0;
        for (LocalDate d = trigger.plusDays(1); !d.isAfter(corresponding); d = d.plusDays(1)) {
            if (notCounted.test(d)) {
                skipped++;
            }
        }
        return skipped == 0 ? corresponding : nthCountedDay(corresponding, skipped, d -> !notCounted.test(d));
    }

    /** The {@code n}-th day after {@code start} (start itself not counted) for which {@code counts} holds. */
    private static LocalDate nthCountedDay(LocalDate start, int n, Predicate<LocalDate> counts) {
        LocalDate d = start;
        int left = n;
        int walked = 0;
        while (left > 0) {
            d = d.plusDays(1);
            if (counts.test(d)) {
                left--;
            }
            if (++walked > MAX_WALK_DAYS) {
                throw new IllegalStateException("the period from " + start + " does not end within 100 years");
            }
        }
        return d;
    }

    /** The holidays and adjusted working days of one year, ascending. */
    public Map<LocalDate, DayKind> exceptionsOf(int year) {
        Map<LocalDate, DayKind> out = new java.util.TreeMap<>();
        exceptions.forEach((d, k) -> {
            if (d.getYear() == year) {
                out.put(d, k);
            }
        });
        return out;
    }

    /** Collects years and their exceptions. */
    public static final class Builder {
        private final Set<Integer> years = new TreeSet<>();
        private final Map<LocalDate, DayKind> exceptions = new HashMap<>();

        private Builder() {
        }

        public Builder year(int year) {
            years.add(year);
            return this;
        }

        public Builder holiday(LocalDate date) {
            return day(date, DayKind.HOLIDAY);
        }

        /** Every day from {@code first} to {@code last}, inclusive, is a holiday. */
        public Builder holidays(LocalDate first, LocalDate last) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                holiday(d);
            }
            return this;
        }

        public Builder adjustedWorkday(LocalDate date) {
            return day(date, DayKind.ADJUSTED_WORKDAY);
        }

        public Builder day(LocalDate date, DayKind kind) {
            years.add(date.getYear());
            exceptions.put(date, kind);
            return this;
        }

        public WorkingCalendar build() {
            return of(years, exceptions);
        }
    }
}
