package org.fazhi.shared.web;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 统计期间 — the period one dashboard figure counts, said next to it: a calendar year ("本年（2026年）"), one day
 * ("2026-12-06当日") or the records as they stand on a day ("截至2026-12-06"). The label's arguments are text, so a
 * year is printed as written (2026), never as an amount (2,026).
 *
 * @param kind which of the three
 * @param year the calendar year counted ({@link Kind#YEAR} only)
 * @param on   the day the figure is computed on (today), or the day counted
 */
public record Period(Kind kind, Integer year, LocalDate on) {

    /** What a period is. */
    public enum Kind {
        /** a calendar year */
        YEAR,
        /** one day */
        DAY,
        /** the standing of the records on a day, whenever they began */
        AS_OF
    }

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        if ((kind == Kind.YEAR) != (year != null)) {
            throw new IllegalArgumentException("a year period names its year, no other does");
        }
    }

    /** The calendar year of {@code today}, counted as of today. */
    public static Period thisYear(LocalDate today) {
        return new Period(Kind.YEAR, today.getYear(), today);
    }

    /** The one day {@code day}. */
    public static Period day(LocalDate day) {
        return new Period(Kind.DAY, null, day);
    }

    /** The records as they stand on {@code today}, whenever they began. */
    public static Period asOf(LocalDate today) {
        return new Period(Kind.AS_OF, null, today);
    }

    /** The message key of the label: {@code dashboard.period.thisYear}, {@code .year}, {@code .day} or {@code .asOf}. */
    public String labelKey() {
        return switch (kind) {
            case YEAR -> year == on.getYear() ? "dashboard.period.thisYear" : "dashboard.period.year";
            case DAY -> "dashboard.period.day";
            case AS_OF -> "dashboard.period.asOf";
        };
    }

    /** The label's arguments, as text. */
    public Object[] labelArgs() {
        return new Object[] {kind == Kind.YEAR ? String.valueOf(year) : on.toString()};
    }
}
