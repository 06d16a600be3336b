package org.fazhi.disclosure.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.hibernate.annotations.BatchSize;

/**
 * 政府信息公开申请 — an application for government information disclosure and its procedure under 《政府信息公开条例》.
 * The application runs on one clock of the deadline engine: 20 working days from receipt (art. 33); a supplement
 * notice stops it and a supplement restarts it in full (art. 30); one extension of up to 20 working days (art. 33);
 * consultation and an unpaid fee are not counted (arts. 32–34, 42). Each step is one method that checks what the
 * procedure allows now, before anything is written, moves the clock and returns the step it recorded.
 * <p>
 * What was received is kept by {@link ReceivedApplication}. The allowed order of the steps is kept in
 * {@link StepOrder}, what each step does to the clocks in {@link AnswerPeriodPolicy}, the outcomes a reply may have in
 * {@link ReplyPolicy}; the supplement, the extension, the later reply date, the consultation, the fee and the reply
 * are embedded parts on the application's own columns.
 */
@Entity
@Table(name = "disclosure_application")
public class DisclosureApplication extends ReceivedApplication {

    /** The subject type of the application's clock in the deadline engine. */
    public static final String CLOCK_SUBJECT = "disclosure.application";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    /** The date of the latest step: no later step may be dated before it. */
    @Column(name = "last_step_on", nullable = false)
    private LocalDate lastStepOn;

    // the parts of the procedure: embeddables, each naming its own columns of disclosure_application
    private SupplementRequest supplement = new SupplementRequest();
    private AnswerExtension extension = new AnswerExtension();
    /** Art. 35: the later reply date set for a clearly excessive application, when and why. */
    private LaterReplyDate laterReply = new LaterReplyDate();
    private Consultation consultation = new Consultation();
    private FeeNotice fee = new FeeNotice();
    private Reply reply = new Reply();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<ApplicationStep> steps = new ArrayList<>();

    protected DisclosureApplication() {
    }

    private DisclosureApplication(ApplicationParticulars p, String trackingCode, String caseNumber) {
        super(p, trackingCode, caseNumber);
    }

    /** A part whose columns are all empty loads as {@code null}; the application always has every part. */
    @PostLoad
    void fillEmptyParts() {
        supplement = supplement == null ? new SupplementRequest() : supplement;
        extension = extension == null ? new AnswerExtension() : extension;
        laterReply = laterReply == null ? new LaterReplyDate() : laterReply;
        consultation = consultation == null ? new Consultation() : consultation;
        fee = fee == null ? new FeeNotice() : fee;
        reply = reply == null ? new Reply() : reply;
    }

    /**
     * Registers an application received on {@code receivedOn} (art. 31's date for its channel). The clock starts with
     * {@link #startClock} once the record has its id.
     */
    static DisclosureApplication receive(ApplicationParticulars p, OrgUnitView holder, String trackingCode,
                                         String caseNumber, StepContext ctx) {
        StepOrder.requireReceiptDate(p.receivedOn(), ctx.today());
        DisclosureApplication a = new DisclosureApplication(p, trackingCode, caseNumber);
        a.status = ApplicationStatus.PROCESSING;
        a.lastStepOn = p.receivedOn();
        a.assignHolder(holder);
        a.steps.add(new ApplicationStep(a, ApplicationStep.Kind.RECEIVED, p.receivedOn(), p.channel().name(),
                ctx.actor()));
        a.noteChange("DISCLOSURE_RECEIVED", caseNumber);
        return a;
    }

    /** Starts the answer clock of art. 33 (the record must have its id). */
    DeadlineView startClock(OrgUnitView holder, StepContext ctx) {
        return period(ctx).start(receivedOn(), holder);
    }

    /** The steps the procedure allows now ({@link StepOrder#allowed}). */
    public Set<ApplicationAction> allowedActions() {
        return StepOrder.allowed(this);
    }

    /** The outcomes a decision may have now (see {@link #decide}, {@link ReplyPolicy#allowedOutcomes}). */
    public List<Outcome> allowedOutcomes() {
        return ReplyPolicy.allowedOutcomes(status, supplement.receivedOn());
    }

    /**
     * 补正 (art. 30): one single notice, within 7 working days of receipt, listing everything missing, with a deadline
     * for the applicant. The clock stops: no answer is due while the agency waits.
     */
    ApplicationStep requestSupplement(LocalDate sentOn, List<String> items, LocalDate dueOn, StepContext ctx) {
        StepOrder.require(this, ApplicationAction.SUPPLEMENT_REQUEST);
        StepOrder.requireStepDate("sentOn", sentOn, this, ctx.today());
        period(ctx).requireSupplementNoticeInTime(sentOn, receivedOn());
        List<String> missing = SupplementRequest.checkedItems(items, sentOn, dueOn);
        period(ctx).awaitSupplement(sentOn);
        supplement.sent(sentOn, missing, dueOn);
        return move(ApplicationStatus.AWAITING_SUPPLEMENT, ApplicationStep.Kind.SUPPLEMENT_REQUESTED, sentOn,
                String.join("；", missing) + "（补正期限 " + dueOn + "）", ctx);
    }

    /** The supplement arrived: a full 20 working days run again from the day after (art. 30). */
    ApplicationStep receiveSupplement(LocalDate on, StepContext ctx) {
        StepOrder.require(this, ApplicationAction.SUPPLEMENT_RECEIVED);
        StepOrder.requireStepDate("receivedOn", on, this, ctx.today());
        period(ctx).supplementReceived(on);
        supplement.received(on);
        return move(ApplicationStatus.PROCESSING, ApplicationStep.Kind.SUPPLEMENT_RECEIVED, on, null, ctx);
    }

    /**
     * 延期 (art. 33): once, for 1–20 working days, decided on or before the due date as it stands, approved by the head
     * of the disclosure office, and notified to the applicant (the extension notice).
     */
    ApplicationStep extend(LocalDate decidedOn, String approvedBy, String reason, int days, StepContext ctx) {
        StepOrder.require(this, ApplicationAction.EXTENSION);
        AnswerExtension.checkDays(days);
        String approver = Input.requireText("approvedBy", approvedBy, 100);
        String why = Input.requireText("reason", reason, 1000);
        StepOrder.requireStepDate("decidedOn", decidedOn, this, ctx.today());
        period(ctx).requireBeforeDue(decidedOn);
        period(ctx).extend(days, approver, why, decidedOn);
        extension.granted(decidedOn, days, approver, why);
        return move(status, ApplicationStep.Kind.EXTENDED, decidedOn, days + " 个工作日；" + approver + "；" + why, ctx);
    }

    /**
     * 另行确定答复期限 (art. 35): the application is clearly excessive in volume or frequency, its reasons are
     * reasonable, but it cannot be answered in time: the agency sets a later reply date, decided on or before the due
     * date as it stands, and tells the applicant the reason (the tracking page shows both). The answer clock's due
     * date becomes that date, with the reason in its history.
     */
    ApplicationStep setLaterReplyDate(LocalDate decidedOn, LocalDate replyBy, String reason, StepContext ctx) {
        StepOrder.requireLaterReplyAllowed(this);
        String why = Input.requireText("reason", reason, 1000);
        StepOrder.requireStepDate("decidedOn", decidedOn, this, ctx.today());
        if (replyBy == null) {
            throw RuleViolation.onField("replyBy", "disclosure.field.required");
        }
        period(ctx).replyBy(replyBy, why, decidedOn);
        laterReply.set(decidedOn, replyBy, why);
        return move(status, ApplicationStep.Kind.LATER_REPLY_DATE, decidedOn, "答复期限另行确定为 " + replyBy + "；"
                + why, ctx);
    }

    /**
     * 征求意见 (arts. 32, 34): the consultation's time does not count, for at most the consulted party's 15 working
     * days from the day the request was sent; then the clock runs again by itself (a third party's silence leaves the
     * decision to the agency, another agency's silence is consent), so the due date is known throughout. Without an
     * end date the consultation stays open (status CONSULTING); a later call with the end date closes it, an answer
     * after the 15 days counting only up to their end. A consultation recorded afterwards gives both.
     */
    ApplicationStep consult(LocalDate startedOn, LocalDate endedOn, String consultedParty, ConsultationKind kind,
                            StepContext ctx) {
        if (status == ApplicationStatus.CONSULTING) {
            consultation.requireClosing(startedOn, endedOn);
            return endConsultation(endedOn, ctx);
        }
        StepOrder.require(this, ApplicationAction.CONSULTATION_START);
        String who = Consultation.checkedParty(startedOn, consultedParty);
        StepOrder.requireStepDate("startedOn", startedOn, this, ctx.today());
        Consultation.checkEnd(startedOn, endedOn, ctx.today());
        ConsultationKind k = kind == null ? ConsultationKind.THIRD_PARTY : kind;
        period(ctx).consult(startedOn, who, k);
        consultation.started(startedOn, who, k);
        ApplicationStep started = move(ApplicationStatus.CONSULTING, ApplicationStep.Kind.CONSULTATION_STARTED,
                startedOn, who + "（答复期限 " + opinionDueOn(ctx) + "）", ctx);
        return endedOn == null ? started : endConsultation(endedOn, ctx);
    }

    private ApplicationStep endConsultation(LocalDate endedOn, StepContext ctx) {
        StepOrder.require(this, ApplicationAction.CONSULTATION_END);
        StepOrder.requireStepDate("endedOn", endedOn, this, ctx.today());
        period(ctx).resumeAfter(endedOn);
        return move(ApplicationStatus.PROCESSING, ApplicationStep.Kind.CONSULTATION_ENDED, endedOn,
                consultation.endedDetail(endedOn, opinionDueOn(ctx)), ctx);
    }

    /** The day the consulted party's 15 working days end (arts. 32, 34), while a consultation is open. */
    LocalDate opinionDueOn(StepContext ctx) {
        return consultation.opinionDueOn(ctx.calendar());
    }

    /** Whether the open consultation's time lapsed without an answer before {@code day}: the clock runs again. */
    public boolean consultationLapsed(DeadlineView clock, LocalDate day) {
        LocalDate endsBy = consultation.endsBy(clock);
        return status == ApplicationStatus.CONSULTING && endsBy != null && day.isAfter(endsBy);
    }

    /**
     * 收费通知 (art. 42): the clock stands until payment. One fee, by one method, per application; the amount is
     * computed by {@link FeeCalculator} (or stated when no method is given). The applicant pays within
     * {@link DisclosurePeriods#FEE_PAYMENT} counted from the day after receiving the notice ({@value
     * DisclosurePeriods#FEE_RULES}); a notice handed over or sent electronically is received the day it is sent. The
     * payment period runs on its own clock of the engine, so that the pay-by date follows the official calendar.
     */
    ApplicationStep noticeFee(LocalDate noticeOn, LocalDate receivedOn, FeeCalculator.Method method, Integer quantity,
                              BigDecimal amount, OrgUnitView holder, StepContext ctx) {
        StepOrder.require(this, ApplicationAction.FEE_NOTICE);
        StepOrder.requireStepDate("noticeOn", noticeOn, this, ctx.today());
        LocalDate received = FeeNotice.checkedReceipt(noticeOn, receivedOn, amount, ctx.today());
        period(ctx).awaitFee(noticeOn);
        fee.noticed(noticeOn, received, method, quantity, amount);
        startFeeClock(holder, ctx);
        return move(ApplicationStatus.AWAITING_FEE, ApplicationStep.Kind.FEE_NOTICE, noticeOn,
                amount.toPlainString() + " 元（缴费期限 " + fee.payBy() + "）", ctx);
    }

    /**
     * Starts the payment clock from the day the notice was received; also for a notice recorded before the period was
     * fixed ({@link FeePeriodRecomputation}), whose pay-by date it replaces.
     */
    private DeadlineView startFeeClock(OrgUnitView holder, StepContext ctx) {
        DeadlineView clock = period(ctx).startFeeClock(fee.noticeReceivedOn(), holder);
        fee.payBy(clock.dueDate());
        return clock;
    }

    /** A fee notice recorded before the payment period was fixed: its pay-by date now comes from the fee clock. */
    void feePeriodFixed(OrgUnitView holder, StepContext ctx) {
        fee.receivedWhenSent();
        LocalDate old = fee.payBy();
        startFeeClock(holder, ctx);
        noteChange("DISCLOSURE_FEE_PAY_BY_MOVED", old + " → " + fee.payBy() + "（" + DisclosurePeriods.FEE_RULES
                + "）");
    }

    /** The fee clock moved with the official calendar: the pay-by date follows it. */
    void feePayByMoved(LocalDate payBy) {
        if (status == ApplicationStatus.AWAITING_FEE && payBy != null && !payBy.equals(fee.payBy())) {
            fee.payBy(payBy);
            noteChange("DISCLOSURE_FEE_PAY_BY_MOVED", payBy.toString());
        }
    }

    /** The fee is paid: the clock runs again from the next day. */
    ApplicationStep payFee(LocalDate paidOn, StepContext ctx) {
        StepOrder.require(this, ApplicationAction.FEE_PAID);
        StepOrder.requireStepDate("paidOn", paidOn, this, ctx.today());
        fee.paid(paidOn);
        period(ctx).feePaid(paidOn);
        return move(ApplicationStatus.PROCESSING, ApplicationStep.Kind.FEE_PAID, paidOn,
                fee.amount().toPlainString() + " 元", ctx);
    }

    /**
     * 答复 (arts. 36–39): the outcome in the national report's categories ({@link ReplyPolicy}). Closing the
     * application for a missing supplement or an unpaid fee is allowed only once the applicant's deadline has passed;
     * it stops the clock rather than meeting it. A consultation still open has lapsed by then: its end is recorded.
     */
    ApplicationStep decide(LocalDate on, Outcome result, String reason, StepContext ctx) {
        StepOrder.require(this, ApplicationAction.DECISION);
        StepOrder.requireStepDate("decidedOn", on, this, ctx.today());
        if (status == ApplicationStatus.CONSULTING && !on.isAfter(opinionDueOn(ctx))) {
            throw new RuleViolation("disclosure.decision.consulting",
                    consultation.startedOn().toString(), opinionDueOn(ctx).toString());
        }
        String why = ReplyPolicy.reason(result, reason);
        ReplyPolicy.check(result, on, status, supplement, fee);
        if (status == ApplicationStatus.CONSULTING) {
            move(status, ApplicationStep.Kind.CONSULTATION_ENDED, opinionDueOn(ctx), consultation.lapsedDetail(), ctx);
        }
        DeadlineView clock = period(ctx).close(on, result, status == ApplicationStatus.AWAITING_FEE);
        reply.given(on, result, why, clock.metLate());
        return move(ApplicationStatus.DECIDED, ApplicationStep.Kind.DECIDED, on, result.label()
                + (why == null ? "" : "：" + why), ctx);
    }

    private ApplicationStep move(ApplicationStatus to, ApplicationStep.Kind kind, LocalDate on, String detail,
                                 StepContext ctx) {
        String action = status == to ? "DISCLOSURE_" + kind.name() : "TRANSITION:" + status + "->" + to;
        status = to;
        lastStepOn = on.isAfter(lastStepOn) ? on : lastStepOn;
        ApplicationStep step = new ApplicationStep(this, kind, on, detail, ctx.actor());
        steps.add(step);
        noteChange(action, detail);
        return step;
    }

    private AnswerPeriodPolicy period(StepContext ctx) {
        return new AnswerPeriodPolicy(getId(), caseNumber(), ctx);
    }

    public ApplicationStatus status() {
        return status;
    }

    LocalDate lastStepOn() {
        return lastStepOn;
    }

    /** The answer clock, which runs from the application's receipt. */
    public Optional<DeadlineView> clock(DeadlineEngine engine) {
        return AnswerPeriodPolicy.answerClock(engine, getId());
    }

    public SupplementRequest supplement() {
        return supplement;
    }

    public AnswerExtension extension() {
        return extension;
    }

    public LaterReplyDate laterReply() {
        return laterReply;
    }

    public Consultation consultation() {
        return consultation;
    }

    public FeeNotice fee() {
        return fee;
    }

    public Reply reply() {
        return reply;
    }

    public List<ApplicationStep> steps() {
        return List.copyOf(steps);
    }

    /** Whether the application was open (received, not yet decided) at the end of {@code day}. */
    public boolean openAtEndOf(LocalDate day) {
        return !receivedOn().isAfter(day) && (reply.decidedOn() == null || reply.decidedOn().isAfter(day));
    }
}
