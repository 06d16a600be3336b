package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.fazhi.shared.RuleViolation;

/** 负责人集体讨论 (《行政处罚法》第57条第2款) — the day and the conclusion, which is required. */
@Embeddable
public class CollectiveDiscussion {

    @Column(name = "discussed_on")
    private LocalDate discussedOn;
    @Column(name = "discussion", length = 2000)
    private String conclusion;

    void record(LocalDate on, String conclusion) {
        if (conclusion == null || conclusion.isBlank()) {
            throw RuleViolation.onField("note", "enforcement.discussion.conclusion");
        }
        this.discussedOn = on;
        this.conclusion = conclusion.strip();
    }

    public LocalDate getDiscussedOn() { return discussedOn; }
    public String getConclusion() { return conclusion; }
}
