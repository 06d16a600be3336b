package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * 违法行为 — the facts found, the provisions they break, the day the violation was committed (when known) and
 * whether it endangered life or health with harmful consequences, which lengthens the limitation (《行政处罚法》第36条).
 */
@Embeddable
public class Offence {

    @Column(name = "violation", nullable = false, length = 2000)
    private String violation;
    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;
    @Column(name = "violation_on")
    private LocalDate committedOn;
    @Column(name = "harm_to_life", nullable = false)
    private boolean harmToLife;

    protected Offence() {
    }

    Offence(String violation, String legalBasis, LocalDate committedOn, boolean harmToLife) {
        this.violation = violation.strip();
        this.legalBasis = legalBasis.strip();
        this.committedOn = committedOn;
        this.harmToLife = harmToLife;
    }

    public String getViolation() { return violation; }
    public String getLegalBasis() { return legalBasis; }
    public LocalDate getCommittedOn() { return committedOn; }
    public boolean isHarmToLife() { return harmToLife; }
}
