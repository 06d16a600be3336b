package org.fazhi.deadline.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.shared.AuditFormerly;
import org.fazhi.shared.AuditPart;
import org.fazhi.shared.BaseEntity;

/**
 * 暂停计时 — a pause of a clock: the days from {@code pausedFrom} to the day before {@code resumedOn} do not count. A
 * pause may have a limit (a consulted party's 15 working days): it then lasts at most that period counted from the
 * day before it began, and the clock runs again by itself the day after, without anyone resuming it.
 */
@Entity
@Table(name = "deadline_pause")
class ClockPause extends BaseEntity implements AuditPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clock_id", nullable = false)
    private DeadlineClock clock;

    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Column(name = "paused_from", nullable = false)
    private LocalDate pausedFrom;

    @Column(name = "resumed_on")
    private LocalDate resumedOn;

    @Column(nullable = false, length = 500)
    private String reason;

    /** The pause's maximum length, or {@code null}: all four columns empty. */
    @AuditFormerly({
            "amount=limitAmount", "unit=limitUnit", "basisLaw=limitBasisLaw", "basisArticles=limitBasisArticles"})
    @AttributeOverride(name = "amount", column = @Column(name = "limit_amount"))
    @AttributeOverride(name = "unit", column = @Column(name = "limit_unit", length = 20))
    @AttributeOverride(name = "basisLaw", column = @Column(name = "limit_basis_law", length = 100))
    @AttributeOverride(name = "basisArticles", column = @Column(name = "limit_basis_articles", length = 60))
    private StoredPeriod limit;

    protected ClockPause() {
    }

    ClockPause(DeadlineClock clock, int roundNo, LocalDate pausedFrom, String reason, StatutoryPeriod limit) {
        this(clock, roundNo, pausedFrom, reason);
        this.limit = limit == null ? null : StoredPeriod.of(limit);
    }

    ClockPause(DeadlineClock clock, int roundNo, LocalDate pausedFrom, String reason) {
        this.clock = clock;
        this.roundNo = roundNo;
        this.pausedFrom = pausedFrom;
        this.reason = reason;
    }

    /** Resumes on {@code on}, or on the day the pause ended by itself if that was earlier. */
    void resume(LocalDate on, WorkingCalendar calendar) {
        LocalDate latest = latestResume(calendar);
        this.resumedOn = latest != null && on.isAfter(latest) ? latest : on;
    }

    /** The pause's maximum length, if it has one. */
    StatutoryPeriod limit() {
        return limit == null ? null : limit.period();
    }

    /** The day the clock runs again by itself: the day after the limit's last day; {@code null} without a limit. */
    LocalDate latestResume(WorkingCalendar calendar) {
        StatutoryPeriod limit = limit();
        return limit == null ? null : calendar.dueDate(limit, pausedFrom.minusDays(1)).plusDays(1);
    }

    ClockMath.Pause math(WorkingCalendar calendar) {
        return new ClockMath.Pause(pausedFrom, resumedOn, resumedOn == null ? latestResume(calendar) : null);
    }

    int roundNo() {
        return roundNo;
    }

    LocalDate pausedFrom() {
        return pausedFrom;
    }

    LocalDate resumedOn() {
        return resumedOn;
    }

    String reason() {
        return reason;
    }

    boolean open() {
        return resumedOn == null;
    }

    /** {@inheritDoc} Here: a pause of its deadline. */
    @Override
    public Class<?> auditOwnerType() {
        return DeadlineClock.class;
    }

    @Override
    public Object auditOwnerId() {
        return clock == null ? null : clock.getId();
    }
}
