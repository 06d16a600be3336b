package org.fazhi.deadline.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation.FieldProblem;

/**
 * What a calendar year entered by the administrator must satisfy: every date lies in that year, no date is both a
 * holiday and an adjusted working day, an adjusted working day is a Saturday or Sunday (a weekday is a working day
 * anyway), and the year has at least one holiday (元旦 is one every year). Plain Java.
 */
final class YearRules {

    static final int FIRST_YEAR = Input.FIRST_YEAR;
    static final int LAST_YEAR = Input.LAST_YEAR;
    static final String HOLIDAYS = "holidays";
    static final String ADJUSTED = "adjustedWorkdays";

    private YearRules() {
    }

    static List<FieldProblem> check(int year, Collection<LocalDate> holidays, Collection<LocalDate> adjusted) {
        List<FieldProblem> problems = new ArrayList<>();
        String y = String.valueOf(year);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem("year", "calendar.year.range", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
            return problems;
        }
        for (LocalDate d : new TreeSet<>(holidays)) {
            if (d.getYear() != year) {
                problems.add(new FieldProblem(HOLIDAYS, "calendar.year.dateOutside", d.toString(), y));
            }
        }
        for (LocalDate d : new TreeSet<>(adjusted)) {
            if (d.getYear() != year) {
                problems.add(new FieldProblem(ADJUSTED, "calendar.year.dateOutside", d.toString(), y));
            } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(new FieldProblem(ADJUSTED, "calendar.year.adjustedOnWeekday", d.toString()));
            }
        }
        Set<LocalDate> both = new TreeSet<>(new HashSet<>(holidays));
        both.retainAll(new HashSet<>(adjusted));
        for (LocalDate d : both) {
            problems.add(new FieldProblem(ADJUSTED, "calendar.year.both", d.toString()));
        }
        if (holidays.isEmpty()) {
            problems.add(new FieldProblem(HOLIDAYS, "calendar.year.noHolidays"));
        }
        return problems;
    }
}
