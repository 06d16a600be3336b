package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.ScopedRecord;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.RuleViolation;

/**
 * 行政处罚案件 — an administrative penalty case. Each step of the procedure is one method that first asks
 * {@link CaseProcedure} whether the step may be taken (refusing with what is missing), then records it and moves the
 * state. The service around it adds what needs the platform: officers' certificates, approvals, numbers, and the
 * clocks, which the deadline engine keeps by the case and their {@link CaseClock purpose}.
 */
@Entity
@Table(name = "penalty_case")
public class PenaltyCase extends ScopedRecord {

    @Column(name = "case_number", nullable = false, length = 60)
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_kind", nullable = false, length = 20)
    private ProcedureKind procedure;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseState state;
    @Column(nullable = false, length = 200)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, length = 20)
    private PartyType partyType;
    @Embedded
    private PartyData party;
    @Column(nullable = false, length = 2000)
    private String violation;
    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;
    @Column(name = "violation_on")
    private LocalDate violationOn;
    @Column(name = "harm_to_life", nullable = false)
    private boolean harmToLife;
    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;
    @Column(name = "major_public_interest", nullable = false)
    private boolean majorPublicInterest;
    @Column(name = "major_rights", nullable = false)
    private boolean majorRights;
    @Column(name = "complex_case", nullable = false)
    private boolean complexCase;
    @Column(name = "review_by_law", nullable = false)
    private boolean reviewByLaw;
    @Column(nullable = false)
    private boolean collective;
    @Column(name = "proposed_kinds", length = 300)
    private String proposedKinds;
    @Column(name = "proposed_fine", precision = 14, scale = 2)
    private BigDecimal proposedFine;
    @Column(name = "proposed_text", length = 500)
    private String proposedText;
    @Column(name = "notified_on")
    private LocalDate notifiedOn;
    @Column(name = "window_ends_on")
    private LocalDate windowEndsOn;
    @Column(name = "hearing_applicable", nullable = false)
    private boolean hearingApplicable;
    @Column(name = "statement_waived_on")
    private LocalDate statementWaivedOn;
    @Column(name = "statement_on")
    private LocalDate statementOn;
    @Column(name = "hearing_requested_on")
    private LocalDate hearingRequestedOn;
    @Column(name = "hearing_notice_on")
    private LocalDate hearingNoticeOn;
    @Column(name = "hearing_on")
    private LocalDate hearingOn;
    @Column(name = "hearing_held_on")
    private LocalDate hearingHeldOn;
    @Column(name = "hearing_waived", nullable = false)
    private boolean hearingWaived;
    @Column(name = "review_passed")
    private Boolean reviewPassed;
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
    @Column(length = 60)
    private String reviewer;
    @Column(name = "review_opinion", length = 2000)
    private String reviewOpinion;
    @Column(name = "counsel_opinion", length = 2000)
    private String counselOpinion;
    @Column(name = "discussed_on")
    private LocalDate discussedOn;
    @Column(length = 2000)
    private String discussion;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Outcome outcome;
    @Column(name = "decided_kinds", length = 300)
    private String decidedKinds;
    @Column(name = "fine_amount", precision = 14, scale = 2)
    private BigDecimal fineAmount;
    @Column(name = "decision_text", length = 500)
    private String decisionText;
    @Column(name = "decision_number", length = 60)
    private String decisionNumber;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "served_on")
    private LocalDate servedOn;
    @Column(name = "service_method", length = 30)
    private String serviceMethod;
    @Column(name = "payment_due_on")
    private LocalDate paymentDueOn;
    @Column(name = "remedy_from")
    private LocalDate remedyFrom;
    @Column(name = "remedy_until")
    private LocalDate remedyUntil;
    @Column(name = "reminded_on")
    private LocalDate remindedOn;
    @Column(name = "reminder_ends_on")
    private LocalDate reminderEndsOn;
    @Column(name = "remedies_lapse_on")
    private LocalDate remediesLapseOn;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "paid_amount", precision = 14, scale = 2)
    private BigDecimal paidAmount;
    @Column(name = "late_fee", precision = 14, scale = 2)
    private BigDecimal lateFee;
    @Column(name = "court_applied_on")
    private LocalDate courtAppliedOn;
    @Column(name = "executed_on")
    private LocalDate executedOn;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;
    @Column(name = "preserved_on")
    private LocalDate preservedOn;
    @Column(name = "preservation_decided_on")
    private LocalDate preservationDecidedOn;
    @Column(name = "last_step_on", nullable = false)
    private LocalDate lastStepOn;

    protected PenaltyCase() {
    }

    /** What a new case records at filing. */
    public record Filing(ProcedureKind procedure, String title, PartyType partyType, String partyName,
                         String partyIdNumber, String partyAddress, String partyPhone, String violation,
                         String legalBasis, LocalDate violationOn, boolean harmToLife, LocalDate filedOn,
                         boolean majorPublicInterest, boolean majorRights, boolean complexCase, boolean reviewByLaw,
                         boolean collective) {
    }

    /** 立案 (or, in the summary procedure, the on-the-spot record). */
    static PenaltyCase file(Filing f, String caseNumber, OrgUnitView holder) {
        PenaltyCase c = new PenaltyCase();
        c.caseNumber = caseNumber;
        c.procedure = f.procedure();
        c.state = CaseState.FILED;
        c.title = f.title().strip();
        c.partyType = f.partyType();
        c.party = PartyData.of(f.partyName(), f.partyIdNumber(), f.partyPhone(), f.partyAddress());
        c.violation = f.violation().strip();
        c.legalBasis = f.legalBasis().strip();
        c.violationOn = f.violationOn();
        c.harmToLife = f.harmToLife();
        c.filedOn = f.filedOn();
        c.majorPublicInterest = f.majorPublicInterest();
        c.majorRights = f.majorRights();
        c.complexCase = f.complexCase();
        c.reviewByLaw = f.reviewByLaw();
        c.collective = f.collective();
        c.lastStepOn = f.filedOn();
        c.assignHolder(holder);
        return c;
    }

    private void move(CaseState to, LocalDate on, String reason) {
        noteChange("TRANSITION:" + state + "->" + to, reason);
        this.state = to;
        this.lastStepOn = on;
    }

    private void stay(Step step, LocalDate on, String reason) {
        noteChange("STEP:" + step, reason);
        this.lastStepOn = on;
    }

    // ------------------------------------------------------------------ transitions

    void investigate(LocalDate on, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.INVESTIGATE, on, ctx);
        move(CaseState.INVESTIGATING, on, null);
    }

    void preserveEvidence(LocalDate on, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.PRESERVE_EVIDENCE, on, ctx);
        this.preservedOn = on;
        this.preservationDecidedOn = null;
        stay(Step.PRESERVE_EVIDENCE, on, null);
    }

    void decidePreservation(LocalDate on, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.DECIDE_PRESERVATION, on, ctx);
        this.preservationDecidedOn = on;
        stay(Step.DECIDE_PRESERVATION, on, null);
    }

    /** Sets the proposed penalty (拟处罚意见) before the notice; the approval chain signs it. */
    void propose(Set<PenaltyKind> kinds, BigDecimal fine, String text) {
        if (state != CaseState.FILED && state != CaseState.INVESTIGATING) {
            throw new RuleViolation("enforcement.proposal.late");
        }
        checkPenalty(kinds, fine);
        this.proposedKinds = join(kinds);
        this.proposedFine = kinds.contains(PenaltyKind.FINE) ? fine : null;
        this.proposedText = blankToNull(text) == null ? describe(kinds, fine) : text.strip();
        noteChange("PROPOSAL", this.proposedText);
    }

    /**
     * 告知: the notice of the proposed penalty and of the rights is served on {@code on}; the statement window (and,
     * where a hearing applies, the hearing-request window) closes on {@code windowEndsOn}.
     */
    void notifyParty(LocalDate on, LocalDate windowEndsOn, boolean hearingApplicable, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.NOTIFY, on, ctx);
        this.notifiedOn = on;
        this.windowEndsOn = windowEndsOn;
        this.hearingApplicable = hearingApplicable;
        move(CaseState.NOTIFIED, on, proposedText);
    }

    void recordStatement(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.RECORD_STATEMENT, on, ctx);
        this.statementOn = on;
        stay(Step.RECORD_STATEMENT, on, note);
    }

    /** The party waives statement and defence expressly; the waiver is on record. */
    void waiveStatement(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.WAIVE_STATEMENT, on, ctx);
        this.statementWaivedOn = on;
        stay(Step.WAIVE_STATEMENT, on, note);
    }

    void requestHearing(LocalDate on, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.REQUEST_HEARING, on, ctx);
        this.hearingRequestedOn = on;
        move(CaseState.HEARING, on, null);
    }

    /**
     * 确定听证时间、地点 — the hearing is set for {@code hearingOn}; the notice of time and place must reach the party 7
     * working days before it (第64条第2项、第85条), so a date earlier than {@code earliest} (7 working days after today's
     * notice at the soonest) is refused. Setting a new date asks for a new notice.
     */
    void scheduleHearing(LocalDate on, LocalDate hearingOn, LocalDate earliest, String place,
                         CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.SCHEDULE_HEARING, on, ctx);
        if (hearingOn == null) {
            throw RuleViolation.onField("hearingOn", "enforcement.hearing.dateRequired");
        }
        if (hearingOn.isBefore(earliest)) {
            throw RuleViolation.onField("hearingOn", "enforcement.hearing.scheduleTooSoon", hearingOn.toString(),
                    on.toString(), earliest.toString(), PenaltyPeriods.HEARING_NOTICE.basis().citation());
        }
        this.hearingOn = hearingOn;
        this.hearingNoticeOn = null;
        stay(Step.SCHEDULE_HEARING, on, place);
    }

    /** 送达听证通知书 — refused after {@code latest}, the last day that still leaves 7 working days before the hearing. */
    void notifyHearing(LocalDate on, LocalDate latest, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.NOTIFY_HEARING, on, ctx);
        if (latest != null && on.isAfter(latest)) {
            throw RuleViolation.onField("on", "enforcement.hearing.noticeLate", on.toString(), hearingOn.toString(),
                    latest.toString(), PenaltyPeriods.HEARING_NOTICE.basis().citation());
        }
        this.hearingNoticeOn = on;
        stay(Step.NOTIFY_HEARING, on, null);
    }

    /**
     * The hearing was held on {@code on}, at the earliest on {@code earliest} (7 working days after the notice) — or
     * the party did not come ({@code noShow}: a waiver, art. 64).
     */
    void holdHearing(LocalDate on, LocalDate earliest, boolean noShow, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.HOLD_HEARING, on, ctx);
        if (on.isBefore(earliest)) {
            throw RuleViolation.onField("on", "enforcement.hearing.tooSoon", on.toString(),
                    hearingNoticeOn.toString(), earliest.toString(), PenaltyPeriods.HEARING_NOTICE.basis().citation());
        }
        this.hearingOn = on;
        if (noShow) {
            this.hearingWaived = true;
        } else {
            this.hearingHeldOn = on;
        }
        stay(Step.HOLD_HEARING, on, noShow ? "当事人无正当理由未到场，视为放弃听证" : null);
    }

    void submitForReview(LocalDate on, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.SUBMIT_REVIEW, on, ctx);
        move(CaseState.LEGAL_REVIEW, on, null);
    }

    /** 法制审核: passed, or sent back for further investigation. */
    void review(boolean passed, String reviewerName, String opinion, String counsel, LocalDate on,
                CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.REVIEW, on, ctx);
        if (blankToNull(opinion) == null) {
            throw RuleViolation.onField("opinion", "enforcement.review.opinion");
        }
        if (blankToNull(counsel) == null) {
            throw RuleViolation.onField("counselOpinion", "enforcement.review.counsel");
        }
        this.reviewPassed = passed;
        this.reviewer = reviewerName;
        this.reviewOpinion = opinion.strip();
        this.counselOpinion = counsel.strip();
        this.reviewedOn = on;
        if (passed) {
            move(collective ? CaseState.COLLECTIVE_DISCUSSION : CaseState.LEGAL_REVIEW, on, opinion);
        } else {
            move(CaseState.INVESTIGATING, on, opinion);
            this.reviewPassed = false;
        }
    }

    void discuss(LocalDate on, String conclusion, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.DISCUSS, on, ctx);
        if (blankToNull(conclusion) == null) {
            throw RuleViolation.onField("note", "enforcement.discussion.conclusion");
        }
        this.discussedOn = on;
        this.discussion = conclusion.strip();
        move(CaseState.COLLECTIVE_DISCUSSION, on, conclusion);
    }

    /** 作出决定 — no heavier penalty than notified (art. 45). */
    void decide(Outcome outcome, Set<PenaltyKind> kinds, BigDecimal fine, String text, String number, LocalDate on,
                CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.DECIDE, on, ctx);
        if (outcome == null) {
            throw RuleViolation.onField("outcome", "enforcement.decision.outcome");
        }
        if (outcome == Outcome.PENALTY) {
            checkPenalty(kinds, fine);
            if (!getProposedKinds().containsAll(kinds)
                    || (fine != null && proposedFine != null && fine.compareTo(proposedFine) > 0)) {
                throw RuleViolation.onField("kinds", "enforcement.decision.heavier", PenaltyPeriods.NOTICE.citation());
            }
            this.decidedKinds = join(kinds);
            this.fineAmount = kinds.contains(PenaltyKind.FINE) ? fine : null;
            this.decisionText = blankToNull(text) == null ? describe(kinds, fine) : text.strip();
        } else {
            this.decidedKinds = null;
            this.fineAmount = null;
            this.decisionText = blankToNull(text);
        }
        this.outcome = outcome;
        this.decisionNumber = number;
        this.decidedOn = on;
        move(CaseState.DECIDED, on, decisionText);
    }

    void serve(LocalDate on, String method, LocalDate paymentDue, LocalDate remediesLapse, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.SERVE, on, ctx);
        this.servedOn = on;
        this.serviceMethod = blankToNull(method) == null ? "直接送达" : method.strip();
        this.paymentDueOn = finePayable() ? paymentDue : null;
        this.remediesLapseOn = remediesLapse;
        move(CaseState.SERVED, on, serviceMethod);
    }

    /** Reconsideration or litigation pending from {@code from} to {@code until} (open while {@code until} is null). */
    void recordRemedy(LocalDate from, LocalDate until, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.RECORD_REMEDY, from, ctx);
        if (until != null && until.isBefore(from)) {
            throw RuleViolation.onField("until", "enforcement.remedy.order");
        }
        this.remedyFrom = from;
        this.remedyUntil = until;
        stay(Step.RECORD_REMEDY, until == null ? from : until, note);
    }

    void remind(LocalDate on, LocalDate reminderEnds, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.REMIND, on, ctx);
        this.remindedOn = on;
        this.reminderEndsOn = reminderEnds;
        stay(Step.REMIND, on, null);
    }

    void pay(LocalDate on, BigDecimal amount, BigDecimal fee, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.PAY, on, ctx);
        BigDecimal due = fineAmount.add(fee);
        if (amount == null || amount.compareTo(due) < 0) {
            throw RuleViolation.onField("amount", "enforcement.payment.short", due.toPlainString(),
                    fee.toPlainString());
        }
        this.paidOn = on;
        this.paidAmount = amount;
        this.lateFee = fee;
        this.executedOn = on;
        move(CaseState.EXECUTED, on, null);
    }

    void execute(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.EXECUTE, on, ctx);
        this.executedOn = on;
        move(CaseState.EXECUTED, on, note);
    }

    void applyToCourt(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.APPLY_TO_COURT, on, ctx);
        this.courtAppliedOn = on;
        this.executedOn = on;
        move(CaseState.EXECUTED, on, note);
    }

    void close(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.CLOSE, on, ctx);
        this.closedOn = on;
        move(CaseState.CLOSED, on, note);
    }

    void revoke(LocalDate on, String reason, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.REVOKE, on, ctx);
        if (blankToNull(reason) == null) {
            throw RuleViolation.onField("note", "enforcement.revoke.reason");
        }
        this.revokedOn = on;
        this.revokeReason = reason.strip();
        stay(Step.REVOKE, on, reason);
    }

    /** A step that only touches the clocks (appraisal pause, extension) is still a dated step of the case. */
    void clockStep(Step step, LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, step, on, ctx);
        stay(step, on, note);
    }

    // ------------------------------------------------------------------ rules

    /** Legal review before the decision: art. 58 cases always; every ordinary case when the town says so. */
    public boolean reviewRequired(boolean reviewAllOrdinary) {
        return procedure == ProcedureKind.ORDINARY && (reviewAllOrdinary || isMajor());
    }

    /** The cases of art. 58 (1)–(4). */
    public boolean isMajor() {
        return majorPublicInterest || (majorRights && hearingHeldOn != null) || complexCase || reviewByLaw
                || (majorRights && hearingRequestedOn != null);
    }

    public boolean finePayable() {
        return outcome == Outcome.PENALTY && fineAmount != null && fineAmount.signum() > 0;
    }

    public boolean isOrganisation() {
        return partyType == PartyType.ORGANISATION;
    }

    private static void checkPenalty(Set<PenaltyKind> kinds, BigDecimal fine) {
        if (kinds == null || kinds.isEmpty()) {
            throw RuleViolation.onField("kinds", "enforcement.penalty.kinds");
        }
        if (kinds.contains(PenaltyKind.FINE) && (fine == null || fine.signum() <= 0)) {
            throw RuleViolation.onField("fine", "enforcement.penalty.fine");
        }
    }

    /** The penalty in words, as the documents state it: 警告、罚款人民币2000元. */
    static String describe(Set<PenaltyKind> kinds, BigDecimal fine) {
        return kinds.stream().map(k -> k == PenaltyKind.FINE && fine != null
                ? "罚款人民币" + fine.stripTrailingZeros().toPlainString() + "元" : k.label())
                .collect(Collectors.joining("、"));
    }

    private static String join(Set<PenaltyKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<PenaltyKind> split(String s) {
        if (s == null || s.isBlank()) {
            return EnumSet.noneOf(PenaltyKind.class);
        }
        return Arrays.stream(s.split(",")).map(PenaltyKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PenaltyKind.class)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ------------------------------------------------------------------ getters

    public String getCaseNumber() { return caseNumber; }
    public ProcedureKind getProcedure() { return procedure; }
    public CaseState getState() { return state; }
    public String getTitle() { return title; }
    public PartyType getPartyType() { return partyType; }
    public PartyData getParty() { return party; }
    public String getPartyName() { return party.name(); }
    public String getPartyIdNumber() { return party.idNumber(); }
    public String getPartyAddress() { return party.address(); }
    public String getPartyPhone() { return party.phone(); }
    public String getViolation() { return violation; }
    public String getLegalBasis() { return legalBasis; }
    public LocalDate getViolationOn() { return violationOn; }
    public boolean isHarmToLife() { return harmToLife; }
    public LocalDate getFiledOn() { return filedOn; }
    public boolean isMajorPublicInterest() { return majorPublicInterest; }
    public boolean isMajorRights() { return majorRights; }
    public boolean isComplexCase() { return complexCase; }
    public boolean isReviewByLaw() { return reviewByLaw; }
    public boolean isCollective() { return collective; }
    public Set<PenaltyKind> getProposedKinds() { return split(proposedKinds); }
    public BigDecimal getProposedFine() { return proposedFine; }
    public String getProposedText() { return proposedText; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public LocalDate getWindowEndsOn() { return windowEndsOn; }
    public boolean isHearingApplicable() { return hearingApplicable; }
    public LocalDate getStatementWaivedOn() { return statementWaivedOn; }
    public LocalDate getStatementOn() { return statementOn; }
    public LocalDate getHearingRequestedOn() { return hearingRequestedOn; }
    public LocalDate getHearingNoticeOn() { return hearingNoticeOn; }
    public LocalDate getHearingOn() { return hearingOn; }
    public LocalDate getHearingHeldOn() { return hearingHeldOn; }
    public boolean isHearingWaived() { return hearingWaived; }
    public Boolean getReviewPassed() { return reviewPassed; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public String getReviewer() { return reviewer; }
    public String getReviewOpinion() { return reviewOpinion; }
    public String getCounselOpinion() { return counselOpinion; }
    public LocalDate getDiscussedOn() { return discussedOn; }
    public String getDiscussion() { return discussion; }
    public Outcome getOutcome() { return outcome; }
    public Set<PenaltyKind> getDecidedKinds() { return split(decidedKinds); }
    public BigDecimal getFineAmount() { return fineAmount; }
    public String getDecisionText() { return decisionText; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getServedOn() { return servedOn; }
    public String getServiceMethod() { return serviceMethod; }
    public LocalDate getPaymentDueOn() { return paymentDueOn; }
    public LocalDate getRemedyFrom() { return remedyFrom; }
    public LocalDate getRemedyUntil() { return remedyUntil; }
    public LocalDate getRemindedOn() { return remindedOn; }
    public LocalDate getReminderEndsOn() { return reminderEndsOn; }
    public LocalDate getRemediesLapseOn() { return remediesLapseOn; }
    public LocalDate getPaidOn() { return paidOn; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public BigDecimal getLateFee() { return lateFee; }
    public LocalDate getCourtAppliedOn() { return courtAppliedOn; }
    public LocalDate getExecutedOn() { return executedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public LocalDate getRevokedOn() { return revokedOn; }
    public String getRevokeReason() { return revokeReason; }
    public LocalDate getPreservedOn() { return preservedOn; }
    public LocalDate getPreservationDecidedOn() { return preservationDecidedOn; }
    public LocalDate getLastStepOn() { return lastStepOn; }
}
