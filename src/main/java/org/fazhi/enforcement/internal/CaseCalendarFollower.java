package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.deadline.CalendarChanged;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every date of a running case that comes from the official calendar in step with it: a copy that keeps the
 * old date makes the town break the law. When a year is entered or corrected, the engine
 * recomputes the due dates of the clocks; this follower then, in the same transaction, works out again the dates the
 * case keeps ({@link CaseDates}: the statement window's end, the payment due date from which the late fee runs, the
 * day the remedies lapse, the reminder's end) and the clocks whose start is itself a computed date, which the engine
 * cannot recompute alone: the court application (《行政强制法》第53条) runs from the day the remedies lapse, and the
 * hearing notice (《行政处罚法》第64条) falls due on the 7th working day before the hearing.
 * <p>
 * At start-up the same runs once over the running cases, so that a case whose dates were stored before the calendar
 * was last changed follows it without anyone touching the case; a case already in step is not written.
 */
@Component
class CaseCalendarFollower {

    private static final Logger log = LoggerFactory.getLogger(CaseCalendarFollower.class);
    static final String START_REASON = "按现行工作日历重新计算案件期限";

    /** Cases whose calendar dates still matter: from the notice until executed, closed or revoked. */
    static final Set<CaseState> RUNNING = EnumSet.of(CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW,
            CaseState.COLLECTIVE_DISCUSSION, CaseState.DECIDED, CaseState.SERVED);

    private final PenaltyCaseRepository cases;
    private final CaseClocks clocks;
    private final CaseSettings settings;
    private final OfficialCalendar calendar;
    private final TransactionTemplate tx;
    private final Clock clock;

    CaseCalendarFollower(PenaltyCaseRepository cases, CaseClocks clocks, CaseSettings settings,
                         OfficialCalendar calendar, TransactionTemplate tx, Clock clock) {
        this.cases = cases;
        this.clocks = clocks;
        this.settings = settings;
        this.calendar = calendar;
        this.tx = tx;
        this.clock = clock;
    }

    /** The administrator entered or corrected a year: runs in their transaction, with the platform's scope. */
    @EventListener
    void on(CalendarChanged changed) {
        int moved = follow(changed.calendar(), changed.reason());
        if (moved > 0) {
            log.info("工作日历 {} 年变更，{} 个行政处罚案件的期限随之重新计算", changed.year(), moved);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Integer moved = DataScope.asSystem(() -> tx.execute(s -> follow(calendar.snapshot(), START_REASON)));
        if (moved != null && moved > 0) {
            log.info("按现行工作日历重新计算了 {} 个行政处罚案件的期限", moved);
        }
    }

    /** Brings every running case in line with {@code cal}; returns how many cases moved. */
    int follow(WorkingCalendar cal, String reason) {
        LocalDate today = LocalDate.now(clock);
        int moved = 0;
        for (PenaltyCase c : cases.findByStateInOrderByIdAsc(RUNNING)) {
            if (!c.getRevocation().isRevoked() && follow(c, cal, reason, today)) {
                moved++;
            }
        }
        return moved;
    }

    private boolean follow(PenaltyCase c, WorkingCalendar cal, String reason, LocalDate today) {
        CaseDates dates = CaseDates.of(c, cal, statementWindow(c));
        boolean moved = c.followCalendar(dates, reason);
        if (c.finePayable() && dates.remediesLapseOn() != null) {
            moved |= clocks.realign(c, CaseClock.COURT_APPLICATION, new PenaltyPeriods.ClockStart(
                    dates.remediesLapseOn(), PenaltyPeriods.COURT_APPLICATION), today, reason);
        }
        Hearing hearing = c.getHearing();
        if (hearing.getDate() != null && hearing.getNoticeOn() == null && !hearing.isOver()) {
            moved |= clocks.open(c, CaseClock.HEARING_NOTICE).map(v -> clocks.realign(c, CaseClock.HEARING_NOTICE,
                    PenaltyPeriods.hearingNoticeClock(cal, v.triggeredOn(), hearing.getDate()), today, reason))
                    .orElse(false);
        }
        return moved;
    }

    /**
     * The period the notice opened: the statement window's clock keeps it; a case without one (the summary
     * procedure) had the town's period for statement and defence.
     */
    private StatutoryPeriod statementWindow(PenaltyCase c) {
        if (c.getNotice().getNotifiedOn() == null) {
            return null;
        }
        return clocks.of(c, CaseClock.STATEMENT_WINDOW).map(DeadlineView::period)
                .orElseGet(() -> PenaltyPeriods.statementWindow(c.getNotice().isHearingApplicable(),
                        settings.settingsView(c.getTownId()).getStatementWorkingDays()));
    }
}
