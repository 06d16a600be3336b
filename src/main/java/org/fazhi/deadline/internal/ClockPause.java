package org.fazhi.deadline.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.shared.BaseEntity;

/** 暂停计时 — a pause of a clock: the days from {@code pausedFrom} to the day before {@code resumedOn} do not count. */
@Entity
@Table(name = "deadline_pause")
class ClockPause extends BaseEntity {

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

    protected ClockPause() {
    }

    ClockPause(DeadlineClock clock, int roundNo, LocalDate pausedFrom, String reason) {
        this.clock = clock;
        this.roundNo = roundNo;
        this.pausedFrom = pausedFrom;
        this.reason = reason;
    }

    void resume(LocalDate on) {
        this.resumedOn = on;
    }

    ClockMath.Pause math() {
        return new ClockMath.Pause(pausedFrom, resumedOn);
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
}
