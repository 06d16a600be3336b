package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.RuleViolation;

/** 决定的变更或撤销 — the decision changed or revoked on a day, for a stated reason (required). */
@Embeddable
public class Revocation {

    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Column(name = "revoke_reason", length = 500)
    private String reason;

    void record(LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("note", "enforcement.revoke.reason");
        }
        this.revokedOn = on;
        this.reason = reason.strip();
    }

    /** The reason recorded when a reconsideration decision or a judgment changed or revoked the decision. */
    static String reasonOf(RemedyKind kind, RemedyResult result) {
        String by = kind == RemedyKind.SUIT ? "人民法院判决" : "行政复议决定";
        return by + (result == RemedyResult.CHANGED ? "变更" : "撤销") + "该行政处罚决定";
    }

    public boolean isRevoked() {
        return revokedOn != null;
    }

    public LocalDate getRevokedOn() { return revokedOn; }
    public String getReason() { return reason; }
}
