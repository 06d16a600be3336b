package org.fazhi.enforcement.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.shared.RuleViolation;

/**
 * 处罚决定 (《行政处罚法》第57条、第59条) — the outcome, the penalty decided (none unless the outcome is a penalty), the
 * decision number and its date.
 */
@Embeddable
public class Decision {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private Outcome outcome;
    @Embedded
    @AttributeOverride(name = "kinds", column = @Column(name = "decided_kinds", length = 300))
    @AttributeOverride(name = "fine", column = @Column(name = "fine_amount", precision = 14, scale = 2))
    @AttributeOverride(name = "text", column = @Column(name = "decision_text", length = 500))
    @AttributeOverride(name = "gains", column = @Column(name = "confiscated_gains", precision = 14, scale = 2))
    @AttributeOverride(name = "propertyValue",
            column = @Column(name = "confiscated_property_value", precision = 14, scale = 2))
    private Penalty penalty;
    @Column(name = "decision_number", length = 60)
    private String number;
    @Column(name = "decided_on")
    private LocalDate decidedOn;

    /**
     * Records the decision; a penalty names its kinds (with the fine and the amounts confiscated) and is no heavier
     * than the one notified ({@code proposal}, 第45条第2款), any other outcome carries at most its words.
     */
    void record(Outcome outcome, Set<PenaltyKind> kinds, BigDecimal fine, Confiscation confiscation, String text,
                Penalty proposal, String number, LocalDate on) {
        if (outcome == null) {
            throw RuleViolation.onField("outcome", "enforcement.decision.outcome");
        }
        Penalty decided = Penalty.none(text);
        if (outcome == Outcome.PENALTY) {
            decided = Penalty.of(kinds, fine, confiscation, text);
            if (!proposal.allows(kinds, fine, confiscation)) {
                throw RuleViolation.onField("kinds", "enforcement.decision.heavier", PenaltyPeriods.NOTICE.citation());
            }
        }
        this.outcome = outcome;
        this.penalty = decided;
        this.number = number;
        this.decidedOn = on;
    }

    /** A penalty with a fine above zero: payment, late fees and the court follow. */
    public boolean finePayable() {
        return outcome == Outcome.PENALTY && getPenalty().getFine() != null && getPenalty().getFine().signum() > 0;
    }

    public boolean isMade() {
        return decidedOn != null;
    }

    public Outcome getOutcome() { return outcome; }
    public String getNumber() { return number; }
    public LocalDate getDecidedOn() { return decidedOn; }

    /** The penalty decided; empty (no kinds, no fine) when there is none. */
    public Penalty getPenalty() {
        return penalty == null ? Penalty.none(null) : penalty;
    }
}
