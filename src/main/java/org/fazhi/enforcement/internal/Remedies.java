package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.RuleViolation;

/**
 * 行政复议、行政诉讼 — when the party's remedies against the decision lapse, and a reconsideration or litigation pending
 * from one day until another (open while the end is unknown), during which the payment clock stands still.
 */
@Embeddable
public class Remedies {

    @Column(name = "remedies_lapse_on")
    private LocalDate lapsesOn;
    @Column(name = "remedy_from")
    private LocalDate from;
    @Column(name = "remedy_until")
    private LocalDate until;

    void lapseOn(LocalDate on) {
        this.lapsesOn = on;
    }

    void pending(LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw RuleViolation.onField("until", "enforcement.remedy.order");
        }
        this.from = from;
        this.until = until;
    }

    public LocalDate getLapsesOn() { return lapsesOn; }
    public LocalDate getFrom() { return from; }
    public LocalDate getUntil() { return until; }
}
