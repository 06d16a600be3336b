package org.fazhi.enforcement.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.RuleViolation;

/**
 * 行政处罚案件 — an administrative penalty case. Each step of the procedure is one method that first asks
 * {@link CaseProcedure} whether the step may be taken (refusing with what is missing), then records it in the part of
 * the case it concerns (the notice, the hearing, the review, the decision, the payment …) and moves the state. The
 * service around it adds what needs the platform: officers' certificates, approvals, numbers, and the clocks, which
 * the deadline engine keeps by the case and their {@link CaseClock purpose}.
 * <p>
 * The aggregate: every step that changes the case is one method here that checks its preconditions, so that no other
 * class can change a case around its rules (the steps' table itself is {@link CaseProcedure}). What the case was filed
 * as, which no step changes, is {@link FiledCase}.
 */
@Entity
@Table(name = "penalty_case")
public class PenaltyCase extends FiledCase implements AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseState state;
    // the parts the steps change: embeddables, each naming its own columns of penalty_case
    private EvidencePreservation preservation = new EvidencePreservation();
    @AttributeOverride(name = "kinds", column = @Column(name = "proposed_kinds", length = 300))
    @AttributeOverride(name = "fine", column = @Column(name = "proposed_fine", precision = 14, scale = 2))
    @AttributeOverride(name = "text", column = @Column(name = "proposed_text", length = 500))
    @AttributeOverride(name = "gains", column = @Column(name = "proposed_gains", precision = 14, scale = 2))
    @AttributeOverride(name = "propertyValue",
            column = @Column(name = "proposed_property_value", precision = 14, scale = 2))
    private Penalty proposal = Penalty.none(null);
    private PartyNotice notice = new PartyNotice();
    private Hearing hearing = new Hearing();
    private LegalReview review = new LegalReview();
    private CollectiveDiscussion discussion = new CollectiveDiscussion();
    private Decision decision = new Decision();
    private ServiceOfDecision service = new ServiceOfDecision();
    private Payment payment = new Payment();
    private Remedies remedies = new Remedies();
    private Execution execution = new Execution();
    @Column(name = "closed_on")
    private LocalDate closedOn;
    private Revocation revocation = new Revocation();
    @Column(name = "last_step_on", nullable = false)
    private LocalDate lastStepOn;

    protected PenaltyCase() {
    }

    private PenaltyCase(FileCase f, String caseNumber) {
        super(f, caseNumber);
    }

    /** A part whose columns are all empty loads as {@code null}; the case always has every part. */
    @PostLoad
    void fillEmptyParts() {
        preservation = preservation == null ? new EvidencePreservation() : preservation;
        proposal = proposal == null ? Penalty.none(null) : proposal;
        review = review == null ? new LegalReview() : review;
        discussion = discussion == null ? new CollectiveDiscussion() : discussion;
        decision = decision == null ? new Decision() : decision;
        service = service == null ? new ServiceOfDecision() : service;
        payment = payment == null ? new Payment() : payment;
        remedies = remedies == null ? new Remedies() : remedies;
        execution = execution == null ? new Execution() : execution;
        revocation = revocation == null ? new Revocation() : revocation;
    }

    /** 立案 (or, in the summary procedure, the on-the-spot record). */
    static PenaltyCase file(FileCase f, String caseNumber, OrgUnitView holder) {
        PenaltyCase c = new PenaltyCase(f, caseNumber);
        c.state = CaseState.FILED;
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
        preservation.start(on);
        stay(Step.PRESERVE_EVIDENCE, on, null);
    }

    void decidePreservation(LocalDate on, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.DECIDE_PRESERVATION, on, ctx);
        preservation.decide(on);
        stay(Step.DECIDE_PRESERVATION, on, null);
    }

    /** Sets a proposed penalty that confiscates nothing. */
    void propose(Set<PenaltyKind> kinds, BigDecimal fine, String text) {
        propose(kinds, fine, Confiscation.NONE, text);
    }

    /**
     * Sets the proposed penalty (拟处罚意见) before the notice, with the amounts it confiscates (they decide the hearing
     * right of 第63条); the approval chain signs it.
     */
    void propose(Set<PenaltyKind> kinds, BigDecimal fine, Confiscation confiscation, String text) {
        if (state != CaseState.FILED && state != CaseState.INVESTIGATING) {
            throw new RuleViolation("enforcement.proposal.late");
        }
        this.proposal = Penalty.of(kinds, fine, confiscation, text);
        noteChange("PROPOSAL", proposal.getText());
    }

    /** 告知: the statement (or hearing-request) window closes on {@code windowEndsOn}. */
    void notifyParty(LocalDate on, LocalDate windowEndsOn, boolean hearingApplicable, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.NOTIFY, on, ctx);
        notice.serve(on, windowEndsOn, hearingApplicable);
        move(CaseState.NOTIFIED, on, proposal.getText());
    }

    void recordStatement(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.RECORD_STATEMENT, on, ctx);
        notice.statement(on);
        stay(Step.RECORD_STATEMENT, on, note);
    }

    /** The party waives statement and defence expressly; the waiver is on record. */
    void waiveStatement(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.WAIVE_STATEMENT, on, ctx);
        notice.waive(on);
        stay(Step.WAIVE_STATEMENT, on, note);
    }

    void requestHearing(LocalDate on, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.REQUEST_HEARING, on, ctx);
        hearing.request(on);
        move(CaseState.HEARING, on, null);
    }

    /** 确定听证时间、地点 — not before {@code earliest}, 7 working days after today's notice (第64条第2项、第85条). */
    void scheduleHearing(LocalDate on, LocalDate hearingOn, LocalDate earliest, String place,
                         CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.SCHEDULE_HEARING, on, ctx);
        hearing.schedule(on, hearingOn, earliest);
        stay(Step.SCHEDULE_HEARING, on, place);
    }

    /** 送达听证通知书 — refused after {@code latest}, the last day that still leaves 7 working days before the hearing. */
    void notifyHearing(LocalDate on, LocalDate latest, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.NOTIFY_HEARING, on, ctx);
        hearing.notice(on, latest);
        stay(Step.NOTIFY_HEARING, on, null);
    }

    /** The hearing held, not before {@code earliest}, or the party did not come ({@code noShow}: a waiver, 第64条). */
    void holdHearing(LocalDate on, LocalDate earliest, boolean noShow, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.HOLD_HEARING, on, ctx);
        hearing.hold(on, earliest, noShow);
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
        review.record(passed, reviewerName, opinion, counsel, on);
        if (passed) {
            move(DecisionChecks.collectiveDiscussionRequired(this) ? CaseState.COLLECTIVE_DISCUSSION
                    : CaseState.LEGAL_REVIEW, on, opinion);
        } else {
            move(CaseState.INVESTIGATING, on, opinion);
        }
    }

    void discuss(LocalDate on, String conclusion, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.DISCUSS, on, ctx);
        discussion.record(on, conclusion);
        move(CaseState.COLLECTIVE_DISCUSSION, on, conclusion);
    }

    /** 作出决定 without confiscation. */
    void decide(Outcome outcome, Set<PenaltyKind> kinds, BigDecimal fine, String text, String number, LocalDate on,
                CaseProcedure.Context ctx) {
        decide(outcome, kinds, fine, Confiscation.NONE, text, number, on, ctx);
    }

    /** 作出决定 — no heavier penalty than notified (art. 45), the amounts confiscated included. */
    void decide(Outcome outcome, Set<PenaltyKind> kinds, BigDecimal fine, Confiscation confiscation, String text,
                String number, LocalDate on, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.DECIDE, on, ctx);
        decision.record(outcome, kinds, fine, confiscation, text, proposal, number, on);
        move(CaseState.DECIDED, on, decision.getPenalty().getText());
    }

    void serve(LocalDate on, String method, LocalDate paymentDue, LocalDate remediesLapse, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.SERVE, on, ctx);
        service.serve(on, method);
        payment.due(finePayable() ? paymentDue : null);
        remedies.lapseOn(remediesLapse);
        move(CaseState.SERVED, on, service.getMethod());
    }

    /** The party applied for reconsideration or sued on {@code on} (the late fee stops, 第73条). */
    void challenge(RemedyKind kind, LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.RECORD_REMEDY, on, ctx);
        remedies.challenge(kind, on);
        stay(Step.RECORD_REMEDY, on, note);
    }

    /**
     * The reconsideration decision or the judgment, received on {@code on}. Upheld after reconsideration, the remedies
     * lapse on {@code lapseAfterReconsideration}; changed or revoked, the decision no longer stands as made and the
     * case records it like a revocation.
     */
    void remedyOutcome(RemedyResult result, LocalDate on, LocalDate lapseAfterReconsideration, String note,
                       CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.REMEDY_OUTCOME, on, ctx);
        RemedyKind kind = remedies.pendingKind();
        remedies.outcome(result, on, lapseAfterReconsideration);
        if (result.overturns()) {
            revocation.record(on, note == null || note.isBlank() ? Revocation.reasonOf(kind, result) : note);
            stay(Step.REMEDY_OUTCOME, on, revocation.getReason());
        } else {
            stay(Step.REMEDY_OUTCOME, on, note);
        }
    }

    void remind(LocalDate on, LocalDate reminderEnds, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.REMIND, on, ctx);
        execution.remind(on, reminderEnds);
        stay(Step.REMIND, on, null);
    }

    void pay(LocalDate on, BigDecimal amount, BigDecimal fee, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.PAY, on, ctx);
        payment.pay(on, amount, decision.getPenalty().getFine(), fee);
        execution.executed(on);
        move(CaseState.EXECUTED, on, null);
    }

    void execute(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.EXECUTE, on, ctx);
        execution.executed(on);
        move(CaseState.EXECUTED, on, note);
    }

    void applyToCourt(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.APPLY_TO_COURT, on, ctx);
        execution.appliedToCourt(on);
        move(CaseState.EXECUTED, on, note);
    }

    void close(LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.CLOSE, on, ctx);
        this.closedOn = on;
        move(CaseState.CLOSED, on, note);
    }

    void revoke(LocalDate on, String reason, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, Step.REVOKE, on, ctx);
        revocation.record(on, reason);
        stay(Step.REVOKE, on, reason);
    }

    /**
     * The official calendar was entered or corrected: the dates worked out from it follow ({@link CaseDates}).
     * Returns whether one moved; only then is the case written, with the change named in its trail.
     */
    boolean followCalendar(CaseDates dates, String reason) {
        CaseDates before = new CaseDates(notice.getWindowEndsOn(), payment.getDueOn(), remedies.getLapsesOn(),
                execution.getReminderEndsOn());
        if (before.equals(dates)) {
            return false;
        }
        notice.windowEndsOn(dates.windowEndsOn());
        payment.due(dates.paymentDueOn());
        remedies.lapseOn(dates.remediesLapseOn());
        execution.reminderEndsOn(dates.reminderEndsOn());
        noteChange("CALENDAR_FOLLOWED", reason);
        return true;
    }

    /** A step that only touches the clocks (appraisal pause, extension) is still a dated step of the case. */
    void clockStep(Step step, LocalDate on, String note, CaseProcedure.Context ctx) {
        CaseProcedure.require(this, step, on, ctx);
        stay(step, on, note);
    }

    // ------------------------------------------------------------------ rules

    /** The cases of art. 58 (1)–(4). */
    public boolean isMajor() {
        return getGravity().major(hearing.getHeldOn() != null || hearing.isRequested());
    }

    public boolean finePayable() {
        return decision.finePayable();
    }

    // ------------------------------------------------------------------ getters

    public CaseState getState() { return state; }
    public EvidencePreservation getPreservation() { return preservation; }
    /** The proposed penalty (拟处罚意见); empty until proposed. */
    public Penalty getProposal() { return proposal; }
    public PartyNotice getNotice() { return notice; }
    public Hearing getHearing() { return hearing; }
    public LegalReview getReview() { return review; }
    public CollectiveDiscussion getDiscussion() { return discussion; }
    public Decision getDecision() { return decision; }
    public ServiceOfDecision getService() { return service; }
    public Payment getPayment() { return payment; }
    public Remedies getRemedies() { return remedies; }
    public Execution getExecution() { return execution; }
    public LocalDate getClosedOn() { return closedOn; }
    public Revocation getRevocation() { return revocation; }
    public LocalDate getLastStepOn() { return lastStepOn; }

    /** {@inheritDoc} Here: the 案号. */
    @Override
    public String auditName() {
        return getCaseNumber();
    }
}
