package org.fazhi.legality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.legality.internal.ReviewState.Step;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 合法性审查 — one draft sent for review: what it is, who drafted it, when the reviewer received it, and the review's
 * course up to the conclusion. Held by the town's judicial office; its clocks are on the deadline engine.
 */
@Entity
@Table(name = "legality_review")
public class LegalityReview extends ScopedRecord implements AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "drafting_unit_id", nullable = false)
    private long draftingUnitId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "requested_by")
    private LocalDate requestedBy;

    @Column(name = "urgency_reason", length = 500)
    private String urgencyReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewState state;

    @Column(length = 60)
    private String reviewer;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Conclusion conclusion;

    @Column(length = 4000)
    private String reasons;

    @Column(name = "legal_basis", length = 1000)
    private String legalBasis;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    protected LegalityReview() {
    }

    LegalityReview(ReviewKind kind, String title, OrgUnitView draftingUnit, LocalDate receivedOn,
                   LocalDate requestedBy, String urgencyReason, String reviewer, OrgUnitView holder) {
        this.kind = kind;
        this.title = title;
        this.draftingUnitId = draftingUnit.id();
        this.receivedOn = receivedOn;
        this.requestedBy = requestedBy;
        this.urgencyReason = urgencyReason;
        this.reviewer = reviewer;
        this.state = ReviewState.UNDER_REVIEW;
        assignHolder(holder);
        noteChange("REVIEW_RECEIVED", null);
    }

    /** Refuses a step the state does not allow, naming the step and the state; nothing is changed. */
    void require(Step step) {
        if (!state.steps().contains(step)) {
            // both arguments are messages, so the refusal reads in the page's language
            throw new RuleViolation("legality.step.notAllowed",
                    new DefaultMessageSourceResolvable("legality.step." + step.name()),
                    new DefaultMessageSourceResolvable("legality.enum.ReviewState." + state.name()));
        }
    }

    private void move(Step step, String reason) {
        ReviewState before = state;
        state = step.to(state);
        noteChange("TRANSITION:" + before + "->" + state, reason);
    }

    void reassign(String username, String reason) {
        require(Step.REASSIGN);
        this.reviewer = username;
        noteChange("REVIEWER_REASSIGNED", reason);
    }

    void returnForMaterial(LocalDate on, String reason) {
        require(Step.RETURN_FOR_MATERIAL);
        notBeforeReceipt("on", on);
        this.returnedOn = on;
        this.returnReason = reason;
        move(Step.RETURN_FOR_MATERIAL, reason);
    }

    void receiveMaterial(LocalDate on) {
        require(Step.RECEIVE_MATERIAL);
        if (on.isBefore(returnedOn)) {
            throw RuleViolation.onField("on", "legality.material.beforeReturn", on.toString(), returnedOn.toString());
        }
        move(Step.RECEIVE_MATERIAL, null);
    }

    void askCounsel(LocalDate on, String counsel) {
        require(Step.ASK_COUNSEL);
        notBeforeReceipt("on", on);
        move(Step.ASK_COUNSEL, counsel);
    }

    void counselAnswered() {
        require(Step.COUNSEL_OPINION);
        move(Step.COUNSEL_OPINION, null);
    }

    void conclude(Conclusion conclusion, String reasons, String legalBasis, LocalDate on) {
        require(Step.CONCLUDE);
        notBeforeReceipt("concludedOn", on);
        this.conclusion = conclusion;
        this.reasons = reasons;
        this.legalBasis = legalBasis;
        this.concludedOn = on;
        move(Step.CONCLUDE, conclusion.name());
    }

    private void notBeforeReceipt(String field, LocalDate on) {
        if (on.isBefore(receivedOn)) {
            throw RuleViolation.onField(field, "legality.beforeReceipt", on.toString(), receivedOn.toString());
        }
    }

    public ReviewKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public long getDraftingUnitId() {
        return draftingUnitId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getRequestedBy() {
        return requestedBy;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }

    public ReviewState getState() {
        return state;
    }

    public String getReviewer() {
        return reviewer;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Conclusion getConclusion() {
        return conclusion;
    }

    public String getReasons() {
        return reasons;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    /** {@inheritDoc} Here: the draft's title. */
    @Override
    public String auditName() {
        return title;
    }
}
