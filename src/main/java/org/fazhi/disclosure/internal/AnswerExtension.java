package org.fazhi.disclosure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;
import org.fazhi.shared.RuleViolation;

/**
 * 延期答复 (《政府信息公开条例》第33条) — the one extension of the answer period: when it was decided, by how many
 * working days, who approved it and why.
 */
@Embeddable
public class AnswerExtension {

    @AuditFormerly("extensionDecidedOn")
    @Column(name = "extension_decided_on")
    private LocalDate decidedOn;
    @AuditFormerly("extensionDays")
    @Column(name = "extension_days")
    private Integer days;
    @AuditFormerly("extensionApprovedBy")
    @Column(name = "extension_approved_by", length = 100)
    private String approvedBy;
    @AuditFormerly("extensionReason")
    @Column(name = "extension_reason", length = 1000)
    private String reason;

    /** An extension runs 1 to {@link DisclosurePeriods#MAX_EXTENSION_WORKING_DAYS} working days (art. 33). */
    static void checkDays(int days) {
        if (days < 1 || days > DisclosurePeriods.MAX_EXTENSION_WORKING_DAYS) {
            throw RuleViolation.onField("days", "disclosure.extension.days",
                    String.valueOf(DisclosurePeriods.MAX_EXTENSION_WORKING_DAYS));
        }
    }

    void granted(LocalDate on, int workingDays, String approver, String why) {
        this.decidedOn = on;
        this.days = workingDays;
        this.approvedBy = approver;
        this.reason = why;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Integer days() {
        return days;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String reason() {
        return reason;
    }
}
