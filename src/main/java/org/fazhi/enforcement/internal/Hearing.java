package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.RuleViolation;

/**
 * 听证 (《行政处罚法》第63–65条) — asked for, set for a day, the notice of its time and place served 7 working days
 * before it (第64条第2项、第85条), then held, or waived by the party's absence without good reason (第64条).
 */
@Embeddable
public class Hearing {

    @Column(name = "hearing_requested_on")
    private LocalDate requestedOn;
    @Column(name = "hearing_notice_on")
    private LocalDate noticeOn;
    @Column(name = "hearing_on")
    private LocalDate date;
    @Column(name = "hearing_held_on")
    private LocalDate heldOn;
    @Column(name = "hearing_waived", nullable = false)
    private boolean waived;

    void request(LocalDate on) {
        this.requestedOn = on;
    }

    /** Sets the day, not before {@code earliest}; a new day asks for a new notice. */
    void schedule(LocalDate on, LocalDate date, LocalDate earliest) {
        if (date == null) {
            throw RuleViolation.onField("hearingOn", "enforcement.hearing.dateRequired");
        }
        if (date.isBefore(earliest)) {
            throw RuleViolation.onField("hearingOn", "enforcement.hearing.scheduleTooSoon", date.toString(),
                    on.toString(), earliest.toString(), PenaltyPeriods.HEARING_NOTICE.basis().citation());
        }
        this.date = date;
        this.noticeOn = null;
    }

    /** The notice served on {@code on}, refused after {@code latest} (the last day leaving 7 days before it). */
    void notice(LocalDate on, LocalDate latest) {
        if (latest != null && on.isAfter(latest)) {
            throw RuleViolation.onField("on", "enforcement.hearing.noticeLate", on.toString(), date.toString(),
                    latest.toString(), PenaltyPeriods.HEARING_NOTICE.basis().citation());
        }
        this.noticeOn = on;
    }

    /** Held on {@code on} — or the party did not come ({@code noShow}) — at the earliest on {@code earliest}. */
    void hold(LocalDate on, LocalDate earliest, boolean noShow) {
        if (on.isBefore(earliest)) {
            throw RuleViolation.onField("on", "enforcement.hearing.tooSoon", on.toString(), noticeOn.toString(),
                    earliest.toString(), PenaltyPeriods.HEARING_NOTICE.basis().citation());
        }
        this.date = on;
        if (noShow) {
            this.waived = true;
        } else {
            this.heldOn = on;
        }
    }

    public boolean isRequested() {
        return requestedOn != null;
    }

    /** Held, or waived by absence: nothing more of the hearing is to be done. */
    public boolean isOver() {
        return heldOn != null || waived;
    }

    public LocalDate getRequestedOn() { return requestedOn; }
    public LocalDate getNoticeOn() { return noticeOn; }
    public LocalDate getDate() { return date; }
    public LocalDate getHeldOn() { return heldOn; }
    public boolean isWaived() { return waived; }
}
