package org.fazhi.disclosure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.AuditFormerly;

/**
 * 另行确定答复期限 (《政府信息公开条例》第35条) — the later reply date set for a clearly excessive application: when it
 * was decided, the date, and the reason the applicant is told.
 */
@Embeddable
public class LaterReplyDate {

    @AuditFormerly("laterReplyDecidedOn")
    @Column(name = "later_reply_decided_on")
    private LocalDate decidedOn;
    @AuditFormerly("laterReplyBy")
    @Column(name = "later_reply_by")
    private LocalDate replyBy;
    @AuditFormerly("laterReplyReason")
    @Column(name = "later_reply_reason", length = 1000)
    private String reason;

    void set(LocalDate on, LocalDate by, String why) {
        this.decidedOn = on;
        this.replyBy = by;
        this.reason = why;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate replyBy() {
        return replyBy;
    }

    public String reason() {
        return reason;
    }
}
