package org.fazhi.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.PersonalDataPolicy;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.Personal;
import org.fazhi.shared.PersonalMasking;
import org.fazhi.shared.RuleViolation;
import org.fazhi.supervision.internal.ComplaintState.Step;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 执法投诉举报 — a complaint or report about the enforcement of a department or an officer of the town, held by the
 * judicial office. The complainant may stay anonymous; name and phone are personal data, read in clear only by the
 * town's judicial office ({@link #COMPLAINANT_DATA}) and never shown on the portal.
 */
@Entity
@Table(name = "supervision_complaint")
public class EnforcementComplaint extends ScopedRecord implements AuditNamed {

    /** Who reads the complainant's name and phone in clear: the judicial office of the complaint's own town. */
    public static final PersonalDataPolicy COMPLAINANT_DATA =
            PersonalDataPolicy.readableWith(Permission.SUPERVISION_MANAGE).ownTownOnly();

    static final int MAX_TEXT = 4000;

    @Column(name = "tracking_code", nullable = false, length = 20)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintChannel channel;

    @Column(name = "subject_unit_id", nullable = false)
    private Long subjectUnitId;

    /** 事由 — what the complaint is about in a line, as the complainant puts it. */
    @Column(length = 200)
    private String subject;

    @Column(name = "officer_name", length = 50)
    private String officerName;

    @Column(name = "case_number", length = 100)
    private String caseNumber;

    @Column(nullable = false, length = MAX_TEXT)
    private String content;

    @Column(nullable = false)
    private boolean anonymous;

    @Personal
    @Column(name = "complainant_name", length = 100)
    private String complainantName;

    @Personal
    @Column(name = "complainant_phone", length = 40)
    private String complainantPhone;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintState state;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "not_accepted_reason", length = 1000)
    private String notAcceptedReason;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(length = MAX_TEXT)
    private String finding;

    @Column(length = MAX_TEXT)
    private String measures;

    @Column(length = MAX_TEXT)
    private String reply;

    protected EnforcementComplaint() {
    }

    /** What the complaint is about and who made it, as registered. */
    record Particulars(ComplaintChannel channel, OrgUnitView unit, String subject, String officerName,
                       String caseNumber,
                       String content, boolean anonymous, String complainantName, String complainantPhone,
                       LocalDate receivedOn) {
    }

    EnforcementComplaint(Particulars p, String trackingCode, OrgUnitView holder) {
        this.trackingCode = trackingCode;
        this.channel = p.channel();
        this.subjectUnitId = p.unit().id();
        this.subject = p.subject();
        this.officerName = p.officerName();
        this.caseNumber = p.caseNumber();
        this.content = p.content();
        this.anonymous = p.anonymous();
        this.complainantName = p.anonymous() ? null : p.complainantName();
        this.complainantPhone = p.anonymous() ? null : p.complainantPhone();
        this.receivedOn = p.receivedOn();
        this.state = ComplaintState.RECEIVED;
        noteChange("COMPLAINT_RECEIVED", null);
        assignHolder(holder);
    }

    void require(Step step) {
        if (!state.steps().contains(step)) {
            // both arguments are messages, so the refusal reads in the page's language
            throw new RuleViolation("supervision.step.notAllowed",
                    new DefaultMessageSourceResolvable("supervision.step." + step.name()),
                    new DefaultMessageSourceResolvable("supervision.enum.ComplaintState." + state.name()));
        }
    }

    private void checkNotBeforeReceipt(LocalDate on) {
        if (on.isBefore(receivedOn)) {
            throw RuleViolation.onField("on", "supervision.beforeReceipt", on.toString(), receivedOn.toString());
        }
    }

    void accept(LocalDate on) {
        require(Step.ACCEPT);
        checkNotBeforeReceipt(on);
        noteChange("TRANSITION:" + state + "->" + Step.ACCEPT.to(), null);
        this.state = Step.ACCEPT.to();
        this.decidedOn = on;
    }

    void reject(LocalDate on, String reason) {
        require(Step.REJECT);
        checkNotBeforeReceipt(on);
        noteChange("TRANSITION:" + state + "->" + Step.REJECT.to(), reason);
        this.state = Step.REJECT.to();
        this.decidedOn = on;
        this.notAcceptedReason = reason;
    }

    void conclude(LocalDate on, String finding, String measures, String reply) {
        require(Step.CONCLUDE);
        if (on.isBefore(decidedOn)) {
            throw RuleViolation.onField("on", "supervision.beforeAcceptance", on.toString(), decidedOn.toString());
        }
        noteChange("TRANSITION:" + state + "->" + Step.CONCLUDE.to(), null);
        this.state = Step.CONCLUDE.to();
        this.concludedOn = on;
        this.finding = finding;
        this.measures = measures;
        this.reply = reply;
    }

    /** The complainant's name as the caller may read it: in clear for the judicial office, masked otherwise. */
    public String complainantNameFor() {
        if (complainantName == null) {
            return null;
        }
        return COMPLAINANT_DATA.readsInClear(this) ? complainantName
                : PersonalMasking.partyName(complainantName, true);
    }

    /** The complainant's phone as the caller may read it. */
    public String complainantPhoneFor() {
        if (complainantPhone == null) {
            return null;
        }
        return COMPLAINANT_DATA.readsInClear(this) ? complainantPhone : PersonalMasking.phone(complainantPhone);
    }

    /** {@inheritDoc} Here: the tracking code (the complainant's name is personal). */
    @Override
    public String auditName() {
        return trackingCode;
    }

    public String getTrackingCode() { return trackingCode; }
    public ComplaintChannel getChannel() { return channel; }
    public Long getSubjectUnitId() { return subjectUnitId; }
    public String getSubject() { return subject; }
    public String getOfficerName() { return officerName; }
    public String getCaseNumber() { return caseNumber; }
    public String getContent() { return content; }
    public boolean isAnonymous() { return anonymous; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public ComplaintState getState() { return state; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getNotAcceptedReason() { return notAcceptedReason; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public String getFinding() { return finding; }
    public String getMeasures() { return measures; }
    public String getReply() { return reply; }
}
