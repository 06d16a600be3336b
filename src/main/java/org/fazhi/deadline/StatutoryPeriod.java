package org.fazhi.deadline;

import java.util.Objects;
import org.fazhi.shared.LegalBasis;

/**
 * 法定期限 — a period the law sets, with its unit and the article it comes from, e.g. 《行政处罚法》第60条: 90 days.
 * Modules declare their periods as named constants of this type; the deadline engine and {@link WorkingCalendar}
 * turn them into due dates.
 *
 * @param amount how many units (at least one)
 * @param unit   working days, calendar days, months or years — or minutes, for a clock that runs from an instant to an
 *               instant (an incident report due 30 minutes after the incident became known)
 * @param basis  the statute and article(s)
 */
public record StatutoryPeriod(int amount, Unit unit, LegalBasis basis) {

    /** The unit a period is counted in. A "day" without the word "working" is a calendar day. */
    public enum Unit {
        /** 工作日 */
        WORKING_DAYS,
        /** 日（自然日） */
        CALENDAR_DAYS,
        /** 月 */
        MONTHS,
        /** 年 */
        YEARS,
        /**
         * 分钟: the period runs from the instant of its trigger to a due instant ({@link NewDeadline#triggeredAt}),
         * regardless of working days; its due date is the day of that instant.
         */
        MINUTES
    }

    public StatutoryPeriod {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        if (amount < 1) {
            throw new IllegalArgumentException("a period lasts at least one " + unit + ", not " + amount);
        }
    }

    public static StatutoryPeriod workingDays(int amount, LegalBasis basis) {
        return new StatutoryPeriod(amount, Unit.WORKING_DAYS, basis);
    }

    public static StatutoryPeriod calendarDays(int amount, LegalBasis basis) {
        return new StatutoryPeriod(amount, Unit.CALENDAR_DAYS, basis);
    }

    public static StatutoryPeriod months(int amount, LegalBasis basis) {
        return new StatutoryPeriod(amount, Unit.MONTHS, basis);
    }

    public static StatutoryPeriod years(int amount, LegalBasis basis) {
        return new StatutoryPeriod(amount, Unit.YEARS, basis);
    }

    public static StatutoryPeriod minutes(int amount, LegalBasis basis) {
        return new StatutoryPeriod(amount, Unit.MINUTES, basis);
    }

    /** Whether the period is counted in minutes, from an instant to an instant. */
    public boolean inMinutes() {
        return unit == Unit.MINUTES;
    }

    /**
     * Whether the period ends on the next working day when its last day is not one (民法典 art. 203). A working-day
     * period always ends on a working day already.
     */
    public boolean rollsToWorkingDay() {
        return unit != Unit.WORKING_DAYS && unit != Unit.MINUTES;
    }
}
