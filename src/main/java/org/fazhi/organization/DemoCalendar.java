package org.fazhi.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 演示日历 — the dates of the demo data, counted from the day of the first start so that a new demonstration
 * installation looks the same whenever it is started: the year before ({@link #reportYear()}) carries the figures of
 * 三星镇's 法治政府建设 report (11 certificates applied for and 10 renewed, a year of mediation and of published
 * decisions), the current year up to today is a living year, and the deadlines a user opens on fall in the coming days,
 * with a few overdue this month ({@link #overdueBy}) and none from an earlier month.
 * <p>
 * One instance per load, built by the first start from the platform's clock and handed to every
 * {@link DemoDataContributor}, so all contributors agree on today even when loading runs past midnight. Working days
 * are those of the official calendar ({@link WorkingDays}, supplied by the calendar module; a year whose calendar is
 * not entered counts Monday to Friday, as the deadline engine does), so that a step the procedure takes on a working
 * day falls on one.
 */
public final class DemoCalendar {

    /** Whether a day is a working day on the official calendar (工作日, including adjusted working days). */
    @FunctionalInterface
    public interface WorkingDays {

        /** Monday to Friday: the calendar of an installation without any official year. */
        WorkingDays WEEKDAYS = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;

        boolean isWorkingDay(LocalDate date);
    }

    /** No walk over the calendar goes further: a longer one means a calendar without working days. */
    private static final int MAX_WALK_DAYS = 366;

    private final LocalDate today;
    private final WorkingDays workingDays;

    public DemoCalendar(LocalDate today, WorkingDays workingDays) {
        this.today = Objects.requireNonNull(today);
        this.workingDays = Objects.requireNonNull(workingDays);
    }

    /** The day of the first start: no demo record is dated after it. */
    public LocalDate today() {
        return today;
    }

    /** The year before the first start: it carries the figures of 三星镇's report. */
    public int reportYear() {
        return today.getYear() - 1;
    }

    /** The year of the first start, the living year: its records run up to today. */
    public int currentYear() {
        return today.getYear();
    }

    /** A day of the report year. */
    public LocalDate inReportYear(int month, int day) {
        return LocalDate.of(reportYear(), month, day);
    }

    /** A day of the report year that is a working day: the given day, or the next working day. */
    public LocalDate workdayInReportYear(int month, int day) {
        return workingDayOnOrAfter(inReportYear(month, day));
    }

    /** A day {@code years} years before the report year (a certificate first issued five years before it). */
    public LocalDate yearsBeforeReport(int years, int month, int day) {
        return LocalDate.of(reportYear() - years, month, day);
    }

    public LocalDate daysAgo(long days) {
        return today.minusDays(days);
    }

    public LocalDate inDays(long days) {
        return today.plusDays(days);
    }

    /** The first day of the current month: nothing of the staff's work is overdue from before it. */
    public LocalDate firstOfMonth() {
        return today.withDayOfMonth(1);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.isWorkingDay(date);
    }

    /** The day itself when it is a working day, otherwise the working day before it. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        return walk(date, -1);
    }

    /** The day itself when it is a working day, otherwise the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return walk(date, 1);
    }

    /** The {@code n}-th working day before {@code date} (the day itself not counted); zero gives the day itself. */
    public LocalDate workingDaysBefore(LocalDate date, int n) {
        LocalDate d = date;
        for (int i = 0; i < n; i++) {
            d = walk(d.minusDays(1), -1);
        }
        return d;
    }

    /** The {@code n}-th working day after {@code date} (the day itself not counted); zero gives the day itself. */
    public LocalDate workingDaysAfter(LocalDate date, int n) {
        LocalDate d = date;
        for (int i = 0; i < n; i++) {
            d = walk(d.plusDays(1), 1);
        }
        return d;
    }

    /** The {@code n}-th working day before today: the day a recent step was taken. */
    public LocalDate workingDaysAgo(int n) {
        return workingDaysBefore(today, n);
    }

    /** The {@code n}-th working day after today: the due date of a duty coming up. */
    public LocalDate workingDaysAhead(int n) {
        return workingDaysAfter(today, n);
    }

    /**
     * The due date of a demo duty shown as overdue: the {@code n}-th working day before today, but never before the
     * first of this month — the earliest working day of this month before today instead, and when the month has none
     * yet (its first day, or a month that opens with a holiday) the first working day from today, so that the duty is
     * due now rather than overdue from an earlier month. Always a working day, as the end of a period in working days.
     */
    public LocalDate overdueBy(int n) {
        LocalDate first = firstOfMonth();
        LocalDate found = workingDayOnOrAfter(today);
        LocalDate d = today;
        for (int left = n; left > 0; ) {
            d = d.minusDays(1);
            if (d.isBefore(first)) {
                break;
            }
            if (isWorkingDay(d)) {
                found = d;
                left--;
            }
        }
        return found;
    }

    private LocalDate walk(LocalDate from, int step) {
        LocalDate d = from;
        for (int i = 0; !isWorkingDay(d); i++) {
            if (i > MAX_WALK_DAYS) {
                throw new IllegalStateException("no working day within a year of " + from);
            }
            d = d.plusDays(step);
        }
        return d;
    }
}
