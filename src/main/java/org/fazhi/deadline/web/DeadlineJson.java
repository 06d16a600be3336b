package org.fazhi.deadline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.StatutoryPeriod;

/** A clock as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeadlineJson(long id, String subjectType, String subjectId, String purpose, ClockPurpose.Owner owner,
                    String title, long townId,
                    long holderUnitId, String assignee, int periodAmount, StatutoryPeriod.Unit periodUnit,
                    String legalBasis, LocalDate triggeredOn, LocalDate periodStart, LocalDate dueDate, DeadlineStatus status,
                    LocalDate pausedSince, String pauseReason, LocalDate metOn, Boolean metLate, LocalDate stoppedOn,
                    String stopReason, String warning) {

    static DeadlineJson of(DeadlineView d, CalendarWarnings warnings) {
        return new DeadlineJson(d.id(), d.subjectType(), d.subjectId(), d.purpose(), d.owner(), d.title(), d.townId(),
                d.holderUnitId(), d.assignee(), d.period().amount(), d.period().unit(), d.legalBasis(), d.triggeredOn(),
                d.periodStart(), d.dueDate(), d.status(), d.pausedSince(), d.pauseReason(), d.metOn(),
                d.metOn() == null ? null : d.metLate(), d.stoppedOn(), d.stopReason(),
                warnings.forYears(d.yearsWithoutCalendar()));
    }
}
