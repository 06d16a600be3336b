package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * 先行登记保存证据 (《行政处罚法》第56条): evidence saved on a day, on which a decision is due within 7 days. A new
 * preservation may start only once the last one is decided.
 */
@Embeddable
public class EvidencePreservation {

    @Column(name = "preserved_on")
    private LocalDate preservedOn;
    @Column(name = "preservation_decided_on")
    private LocalDate decidedOn;

    void start(LocalDate on) {
        this.preservedOn = on;
        this.decidedOn = null;
    }

    void decide(LocalDate on) {
        this.decidedOn = on;
    }

    /** Saved and not yet decided on. */
    public boolean isOpen() {
        return preservedOn != null && decidedOn == null;
    }

    public LocalDate getPreservedOn() { return preservedOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
}
