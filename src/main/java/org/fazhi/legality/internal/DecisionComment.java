package org.fazhi.legality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;
import org.fazhi.shared.Personal;

/**
 * 公众意见 — one comment received during a major decision's public consultation and the answer given to it. The
 * commenter's name is personal data: masked in the trail and never shown on the portal.
 */
@Entity
@Table(name = "legality_decision_comment")
public class DecisionComment extends ScopedRecord implements AuditPart {

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Personal
    @Column(length = 100)
    private String commenter;

    @Column(name = "comment_text", nullable = false, length = 4000)
    private String text;

    @Column(length = 4000)
    private String answer;

    protected DecisionComment() {
    }

    DecisionComment(MajorDecision decision, LocalDate receivedOn, String commenter, String text, OrgUnitView holder) {
        this.decisionId = decision.getId();
        this.receivedOn = receivedOn;
        this.commenter = commenter;
        this.text = text;
        assignHolder(holder);
    }

    void answer(String answer) {
        this.answer = answer;
        noteChange("DECISION_COMMENT_ANSWERED", null);
    }

    public long getDecisionId() {
        return decisionId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getCommenter() {
        return commenter;
    }

    public String getText() {
        return text;
    }

    public String getAnswer() {
        return answer;
    }

    @Override
    public Class<?> auditOwnerType() {
        return MajorDecision.class;
    }

    @Override
    public Object auditOwnerId() {
        return decisionId;
    }
}
