package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 违法行为 — the facts found and the provisions they break. When the violation happened and when it was discovered
 * (the limitation of 《行政处罚法》第36条) are the case's {@link Limitation}.
 */
@Embeddable
public class Offence {

    @Column(name = "violation", nullable = false, length = 2000)
    private String violation;
    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    protected Offence() {
    }

    Offence(String violation, String legalBasis) {
        this.violation = violation.strip();
        this.legalBasis = legalBasis.strip();
    }

    public String getViolation() { return violation; }
    public String getLegalBasis() { return legalBasis; }
}
