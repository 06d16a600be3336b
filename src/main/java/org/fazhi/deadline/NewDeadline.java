package org.fazhi.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * @param triggeredAt        the instant of the triggering event, for a period in minutes only (then
 *                           {@code triggeredOn} is its day); {@code null} for a period in days, months or years
 */
public record NewDeadline(String subjectType, String subjectId, ClockPurpose purpose, String title,
                          StatutoryPeriod period,
                          LocalDate triggeredOn, OrgUnitView holder, String assignee, Integer warningWorkingDays,
                          OffsetDateTime triggeredAt) {

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
        if (period.inMinutes() != (triggeredAt != null)) {
            throw new IllegalArgumentException("a period in minutes, and only such a period, starts at an instant");
        }
    }

    public NewDeadline(String subjectType, String subjectId, ClockPurpose purpose, String title,
                       StatutoryPeriod period, LocalDate triggeredOn, OrgUnitView holder, String assignee,
                       Integer warningWorkingDays) {
        this(subjectType, subjectId, purpose, title, period, triggeredOn, holder, assignee, warningWorkingDays,
                null);
    }

    public static NewDeadline of(String subjectType, String subjectId, ClockPurpose purpose, String title,
                                 StatutoryPeriod period, LocalDate triggeredOn, OrgUnitView holder) {
        return new NewDeadline(subjectType, subjectId, purpose, title, period, triggeredOn, holder, null, null);
    }

    /**
     * A clock counted in minutes from an instant (a report due 30 minutes after an incident became known): the
     * trigger day is the day of {@code triggeredAt} in its own offset, which callers give in the platform's zone.
     */
    public static NewDeadline at(String subjectType, String subjectId, ClockPurpose purpose, String title,
                                 StatutoryPeriod period, OffsetDateTime triggeredAt, OrgUnitView holder) {
        return new NewDeadline(subjectType, subjectId, purpose, title, period, triggeredAt.toLocalDate(), holder,
                null, null, triggeredAt);
    }

    public NewDeadline assignedTo(String username) {
        return new NewDeadline(subjectType, subjectId, purpose, title, period, triggeredOn, holder, username,
                warningWorkingDays, triggeredAt);
    }

    public NewDeadline warnWorkingDaysBefore(int days) {
        return new NewDeadline(subjectType, subjectId, purpose, title, period, triggeredOn, holder, assignee,
                days, triggeredAt);
    }
}
