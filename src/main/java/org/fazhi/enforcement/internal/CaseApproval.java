package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;

/** 审批意见 — one signature of the town's case-flow approval chain, with the approver's opinion. */
@Entity
@Table(name = "penalty_case_approval")
public class CaseApproval extends ScopedRecord implements AuditPart {

    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApprovalStage stage;
    @Column(nullable = false)
    private int position;
    @Column(name = "role_label", nullable = false, length = 50)
    private String roleLabel;
    @Column(nullable = false, length = 60)
    private String approver;
    @Column(nullable = false)
    private boolean approved;
    @Column(nullable = false, length = 1000)
    private String opinion;
    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;
    @Column(nullable = false)
    private boolean superseded;

    protected CaseApproval() {
    }

    CaseApproval(long caseId, ApprovalStage stage, int position, String roleLabel, String approver, boolean approved,
                 String opinion, LocalDate signedOn, OrgUnitView holder) {
        this.caseId = caseId;
        this.stage = stage;
        this.position = position;
        this.roleLabel = roleLabel;
        this.approver = approver;
        this.approved = approved;
        this.opinion = opinion;
        this.signedOn = signedOn;
        assignHolder(holder);
    }

    /** A disagreement sends the stage back to its start: earlier signatures no longer count. */
    void supersede() {
        noteChange("APPROVAL_SUPERSEDED", null);
        this.superseded = true;
    }

    public long getCaseId() { return caseId; }
    public ApprovalStage getStage() { return stage; }
    public int getPosition() { return position; }
    public String getRoleLabel() { return roleLabel; }
    public String getApprover() { return approver; }
    public boolean isApproved() { return approved; }
    public String getOpinion() { return opinion; }
    public LocalDate getSignedOn() { return signedOn; }
    public boolean isSuperseded() { return superseded; }

    /** {@inheritDoc} Here: a part of its case. */
    @Override
    public Class<?> auditOwnerType() {
        return PenaltyCase.class;
    }

    @Override
    public Object auditOwnerId() {
        return caseId;
    }
}
