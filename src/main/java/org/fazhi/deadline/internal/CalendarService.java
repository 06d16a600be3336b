package org.fazhi.deadline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.deadline.DayKind;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official calendar as stored: a cached {@link WorkingCalendar} snapshot for counting, and the years for the
 * pages. The snapshot is dropped when a year is saved on this node and reloaded at least every
 * {@link #REFRESH}, so the other nodes of a cluster follow an edit within that time (their running clocks are already
 * recomputed by the edit itself, in the database).
 */
@Service
public class CalendarService implements OfficialCalendar {

    static final Duration REFRESH = Duration.ofMinutes(1);

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final Clock clock;
    private volatile Cached cached;

    CalendarService(CalendarYearRepository years, CalendarDayRepository days, Clock clock) {
        this.years = years;
        this.days = days;
        this.clock = clock;
    }

    private record Cached(WorkingCalendar calendar, Instant loadedAt) {
    }

    /** A loaded year: its note and exceptions. */
    public record YearDetail(int year, String note, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays,
                             Instant updatedAt) {
    }

    @Override
    public WorkingCalendar snapshot() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || c.loadedAt().plus(REFRESH).isBefore(now)) {
            c = new Cached(load(), now);
            cached = c;
        }
        return c.calendar();
    }

    /** The calendar as the database holds it now (within a transaction: including its unflushed changes). */
    @Transactional(readOnly = true)
    public WorkingCalendar load() {
        Set<Integer> loaded = years.findAll().stream().map(CalendarYear::yearNo).collect(Collectors.toSet());
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        days.findAll().forEach(d -> exceptions.put(d.dayDate(), d.kind()));
        return WorkingCalendar.of(loaded, exceptions);
    }

    void invalidate() {
        cached = null;
    }

    @Transactional(readOnly = true)
    public List<YearDetail> years() {
        return years.findAllByOrderByYearNoAsc().stream().map(this::detail).toList();
    }

    @Transactional(readOnly = true)
    public Optional<YearDetail> year(int year) {
        return years.findByYearNo(year).map(this::detail);
    }

    private YearDetail detail(CalendarYear y) {
        List<CalendarDay> list = days.findByYearNoOrderByDayDateAsc(y.yearNo());
        return new YearDetail(y.yearNo(), y.note(),
                list.stream().filter(d -> d.kind() == DayKind.HOLIDAY).map(CalendarDay::dayDate).toList(),
                list.stream().filter(d -> d.kind() == DayKind.ADJUSTED_WORKDAY).map(CalendarDay::dayDate).toList(),
                y.updatedAt());
    }
}
