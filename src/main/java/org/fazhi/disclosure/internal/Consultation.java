package org.fazhi.disclosure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.shared.AuditFormerly;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;

/**
 * 征求意见 (《政府信息公开条例》第32条、第34条) — the consultation of a third party or another agency: when it started,
 * whom, and which kind of party (which fixes the time they have to answer).
 */
@Embeddable
public class Consultation {

    @AuditFormerly("consultationStartedOn")
    @Column(name = "consultation_started_on")
    private LocalDate startedOn;
    @AuditFormerly("consulted")
    @Column(name = "consulted", length = 200)
    private String consulted;
    @AuditFormerly("consultationKind")
    @Enumerated(EnumType.STRING)
    @Column(name = "consultation_kind", length = 20)
    private ConsultationKind kind;

    /** A new consultation needs its start and whom it asks; returns whom, as kept. */
    static String checkedParty(LocalDate startedOn, String party) {
        if (startedOn == null) {
            throw RuleViolation.onField("startedOn", Input.REQUIRED);
        }
        return Input.requireText("consulted", party, 200);
    }

    /** A consultation recorded with its end: not before its start, not in the future. */
    static void checkEnd(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw RuleViolation.onField("endedOn", "disclosure.consultation.endBeforeStart", startedOn.toString());
        }
        if (endedOn != null && endedOn.isAfter(today)) {
            throw RuleViolation.onField("endedOn", "disclosure.date.future", endedOn.toString(), today.toString());
        }
    }

    /** The open consultation is closed by its end date, and only the one that started on its day. */
    void requireClosing(LocalDate startedOn, LocalDate endedOn) {
        if (endedOn == null) {
            throw new RuleViolation("disclosure.consultation.open", this.startedOn.toString());
        }
        if (startedOn != null && !startedOn.equals(this.startedOn)) {
            throw RuleViolation.onField("startedOn", "disclosure.consultation.otherStart", this.startedOn.toString());
        }
    }

    void started(LocalDate on, String party, ConsultationKind k) {
        this.startedOn = on;
        this.consulted = party;
        this.kind = k;
    }

    /** The day the consulted party's 15 working days end (arts. 32, 34); {@code null} without a consultation. */
    LocalDate opinionDueOn(WorkingCalendar calendar) {
        return startedOn == null ? null : calendar.dueDate(kind.replyPeriod(), startedOn);
    }

    /**
     * The last day of the consultation as the answer clock counts it: the end of the consulted party's 15 working days
     * on the official calendar; {@code null} without a consultation (or for one recorded with its end).
     */
    public LocalDate endsBy(DeadlineView clock) {
        if (startedOn == null || clock == null) {
            return null;
        }
        return clock.pauses().stream().filter(p -> p.from().equals(startedOn.plusDays(1)))
                .map(DeadlineView.Pause::endsBy).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** What the closing step records after an answer past the consulted party's time, which ended on {@code latest}. */
    String endedDetail(LocalDate endedOn, LocalDate latest) {
        return consulted + (endedOn.isAfter(latest) ? "（" + latest + " 征求意见期满后答复，期满次日已恢复计时）" : "");
    }

    /** What the step records when the consulted party's time ran out unanswered: what the silence means. */
    String lapsedDetail() {
        return consulted + "（征求意见期满未答复，" + (kind == ConsultationKind.AGENCY ? "视为同意" : "由本机关依法决定")
                + "）";
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public String consulted() {
        return consulted;
    }

    public ConsultationKind kind() {
        return kind;
    }
}
