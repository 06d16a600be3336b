package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * 告知与陈述申辩 — the notice of the proposed penalty and of the party's rights (《行政处罚法》第44条), the window for
 * statement and defence (or for asking for a hearing, 第64条), and what the party did with it.
 */
@Embeddable
public class PartyNotice {

    @Column(name = "notified_on")
    private LocalDate notifiedOn;
    @Column(name = "window_ends_on")
    private LocalDate windowEndsOn;
    @Column(name = "hearing_applicable", nullable = false)
    private boolean hearingApplicable;
    @Column(name = "statement_on")
    private LocalDate statementOn;
    @Column(name = "statement_waived_on")
    private LocalDate statementWaivedOn;

    void serve(LocalDate on, LocalDate windowEndsOn, boolean hearingApplicable) {
        this.notifiedOn = on;
        this.windowEndsOn = windowEndsOn;
        this.hearingApplicable = hearingApplicable;
    }

    /** The window's last day as the official calendar now gives it. */
    void windowEndsOn(LocalDate on) {
        this.windowEndsOn = on;
    }

    void statement(LocalDate on) {
        this.statementOn = on;
    }

    /** The party waived statement and defence expressly. */
    void waive(LocalDate on) {
        this.statementWaivedOn = on;
    }

    public boolean isWaived() {
        return statementWaivedOn != null;
    }

    public LocalDate getNotifiedOn() { return notifiedOn; }
    public LocalDate getWindowEndsOn() { return windowEndsOn; }
    public boolean isHearingApplicable() { return hearingApplicable; }
    public LocalDate getStatementOn() { return statementOn; }
    public LocalDate getStatementWaivedOn() { return statementWaivedOn; }
}
