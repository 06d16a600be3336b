package org.fazhi.legalservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditPart;
import org.fazhi.shared.Personal;

/**
 * 转办记录 — a question handed on: to people's mediation (the dispute registered there), to the district legal-aid
 * centre (applicant, matter, the day forwarded and the centre's answer), or to another agency.
 */
@Entity
@Table(name = "legalservice_referral")
public class Referral extends ScopedRecord implements AuditPart {

    @Column(name = "question_id", nullable = false)
    private Long questionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralKind kind;
    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;
    @Personal
    @Column(nullable = false, length = 50)
    private String applicant;
    @Personal
    @Column(nullable = false, length = 1000)
    private String matter;
    @Column(nullable = false, length = 100)
    private String agency;
    @Column(name = "dispute_id")
    private Long disputeId;
    @Column(name = "dispute_case_no", length = 60)
    private String disputeCaseNo;
    @Column(length = 2000)
    private String reply;
    @Column(name = "replied_on")
    private LocalDate repliedOn;

    protected Referral() {
    }

    Referral(LegalQuestion q, ReferralKind kind, LocalDate referredOn, String applicant, String matter,
             String agency, OrgUnitView holder) {
        this.questionId = q.getId();
        this.kind = kind;
        this.referredOn = referredOn;
        this.applicant = applicant;
        this.matter = matter;
        this.agency = agency;
        assignHolder(holder);
    }

    void linkDispute(long id, String caseNo) {
        this.disputeId = id;
        this.disputeCaseNo = caseNo;
    }

    void recordReply(String text, LocalDate on) {
        this.reply = text;
        this.repliedOn = on;
        noteChange("REFERRAL_REPLY", null);
    }

    public Long getQuestionId() {
        return questionId;
    }

    public ReferralKind getKind() {
        return kind;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getMatter() {
        return matter;
    }

    public String getAgency() {
        return agency;
    }

    public Long getDisputeId() {
        return disputeId;
    }

    public String getDisputeCaseNo() {
        return disputeCaseNo;
    }

    public String getReply() {
        return reply;
    }

    public LocalDate getRepliedOn() {
        return repliedOn;
    }

    /** {@inheritDoc} Here: a referral of its question. */
    @Override
    public Class<?> auditOwnerType() {
        return LegalQuestion.class;
    }

    @Override
    public Object auditOwnerId() {
        return questionId;
    }
}
