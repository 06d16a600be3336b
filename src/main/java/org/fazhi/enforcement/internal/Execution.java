package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * 执行 — the decision carried out: by payment or otherwise, or, after the reminder (催告, 《行政强制法》第54条) has run
 * out, by an application to the people's court (《行政强制法》第53条).
 */
@Embeddable
public class Execution {

    @Column(name = "reminded_on")
    private LocalDate remindedOn;
    @Column(name = "reminder_ends_on")
    private LocalDate reminderEndsOn;
    @Column(name = "court_applied_on")
    private LocalDate courtAppliedOn;
    @Column(name = "executed_on")
    private LocalDate executedOn;

    void remind(LocalDate on, LocalDate endsOn) {
        this.remindedOn = on;
        this.reminderEndsOn = endsOn;
    }

    /** The reminder's last day as the official calendar now gives it. */
    void reminderEndsOn(LocalDate on) {
        this.reminderEndsOn = on;
    }

    void executed(LocalDate on) {
        this.executedOn = on;
    }

    void appliedToCourt(LocalDate on) {
        this.courtAppliedOn = on;
        this.executedOn = on;
    }

    public boolean isReminded() {
        return remindedOn != null;
    }

    public LocalDate getRemindedOn() { return remindedOn; }
    public LocalDate getReminderEndsOn() { return reminderEndsOn; }
    public LocalDate getCourtAppliedOn() { return courtAppliedOn; }
    public LocalDate getExecutedOn() { return executedOn; }
}
