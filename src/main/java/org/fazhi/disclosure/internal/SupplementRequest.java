package org.fazhi.disclosure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.AuditFormerly;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;

/**
 * 补正 (《政府信息公开条例》第30条) — the one notice asking the applicant to supplement or correct the application:
 * when it was sent, what is missing, by when, and when the supplement arrived.
 */
@Embeddable
public class SupplementRequest {

    @AuditFormerly("supplementSentOn")
    @Column(name = "supplement_sent_on")
    private LocalDate sentOn;
    @AuditFormerly("supplementDueOn")
    @Column(name = "supplement_due_on")
    private LocalDate dueOn;
    @AuditFormerly("supplementItems")
    @Column(name = "supplement_items", length = DisclosureApplication.MAX_TEXT)
    private String items;
    @AuditFormerly("supplementReceivedOn")
    @Column(name = "supplement_received_on")
    private LocalDate receivedOn;

    /**
     * The notice's list: everything missing in one notice, blank lines left out, and a deadline after the day it is
     * sent. Checked before the clock stops; returns the items as they will be kept.
     */
    static List<String> checkedItems(List<String> items, LocalDate sentOn, LocalDate dueOn) {
        List<String> missing = items == null ? List.of()
                : items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        if (missing.isEmpty()) {
            throw RuleViolation.onField("items", "disclosure.supplement.items");
        }
        if (String.join("\n", missing).length() > DisclosureApplication.MAX_TEXT) {
            throw RuleViolation.onField("items", Input.TOO_LONG, String.valueOf(DisclosureApplication.MAX_TEXT));
        }
        if (dueOn == null || !dueOn.isAfter(sentOn)) {
            throw RuleViolation.onField("supplementDueOn", "disclosure.supplement.dueAfterSent",
                    sentOn.toString());
        }
        return missing;
    }

    void sent(LocalDate on, List<String> missing, LocalDate due) {
        this.sentOn = on;
        this.items = String.join("\n", missing);
        this.dueOn = due;
    }

    void received(LocalDate on) {
        this.receivedOn = on;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public List<String> items() {
        return items == null ? List.of() : List.of(items.split("\n"));
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }
}
