package org.fazhi.deadline;

import java.time.LocalDate;
import java.util.Objects;
import org.fazhi.organization.OrgUnitView;

/**
 * What a module says when it starts a clock.
 *
 * @param subjectType        the kind of record the clock belongs to, e.g. {@code penalty.case}
 * @param subjectId          the record's id in its module
 * @param purpose            what the clock is for within the record; with the subject it names the clock
 * @param title              what staff read on the dashboard, e.g. 政府信息公开申请答复期限（海三星公开申〔2026〕12号）
 * @param period             the statutory period
 * @param triggeredOn        the day of the triggering event (not counted)
 * @param holder             the unit that holds the record; the clock belongs to its town (data scope)
 * @param assignee           the username of the member of staff in charge, if one is
 * @param warningWorkingDays the warning window; {@code null} takes the platform's default setting
 */
public record NewDeadline(String subjectType, String subjectId, ClockPurpose purpose, String title,
                          StatutoryPeriod period,
                          LocalDate triggeredOn, OrgUnitView holder, String assignee, Integer warningWorkingDays) {

    public NewDeadline {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(purpose.code(), "purpose code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(triggeredOn, "triggeredOn");
        Objects.requireNonNull(holder, "holder");
        if (warningWorkingDays != null && warningWorkingDays < 0) {
            throw new IllegalArgumentException("warning window " + warningWorkingDays);
        }
    }

    public static NewDeadline of(String subjectType, String subjectId, ClockPurpose purpose, String title,
                                 StatutoryPeriod period, LocalDate triggeredOn, OrgUnitView holder) {
        return new NewDeadline(subjectType, subjectId, purpose, title, period, triggeredOn, holder, null, null);
    }

    public NewDeadline assignedTo(String username) {
        return new NewDeadline(subjectType, subjectId, purpose, title, period, triggeredOn, holder, username,
                warningWorkingDays);
    }

    public NewDeadline warnWorkingDaysBefore(int days) {
        return new NewDeadline(subjectType, subjectId, purpose, title, period, triggeredOn, holder, assignee,
                days);
    }
}
