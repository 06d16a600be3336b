// One file over 400 lines on purpose: an application's procedure is one state machine whose steps (supplement,
// extension, consultation, fee, later reply, decision) move the same clock and check the same record.
package org.fazhi.disclosure.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.PersonalDataPolicy;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Input;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.RuleViolation;
import org.hibernate.annotations.BatchSize;

/**
 * 政府信息公开申请 — an application for government information disclosure and its procedure under 《政府信息公开条例》.
 * The application runs on one clock of the deadline engine: 20 working days from receipt (art. 33); a supplement
 * notice stops it and a supplement restarts it in full (art. 30); one extension of up to 20 working days (art. 33);
 * consultation and an unpaid fee are not counted (arts. 32–34, 42). Each step is one method that checks what the
 * procedure allows now, before anything is written, and moves the clock.
 * <p>
 * Day convention for pauses: the day a consultation starts or a fee notice goes out still counts; the days after it
 * up to and including the day the consultation ends or the fee is paid do not; counting resumes the day after. The
 * supplement restarts the period from the day it is received (that day not counted, 民法典 art. 201).
 * <p>Why one class of over 400 lines: the procedure of an application is one state machine whose steps (supplement,
 * extension, consultation, fee, later reply date, decision) all move the same clock and check the same record, and
 * the statute ties them together (a decision is allowed only after a consultation lapsed or a fee was paid). Each
 * step stays one method on the aggregate; splitting them into helpers would spread the state changes again. The
 * next step to shorten it is to move the fee and the consultation into embedded parts as the penalty case does.
 */
@Entity
@Table(name = "disclosure_application")
public class DisclosureApplication extends ScopedRecord implements AuditNamed {

    /** The subject type of the application's clock in the deadline engine. */
    public static final String CLOCK_SUBJECT = "disclosure.application";
    /** 《政府信息公开条例》 (国务院令第711号) took effect on this day; no application is older. */
    static final LocalDate REGULATION_IN_FORCE = LocalDate.of(2019, 5, 15);
    static final int MAX_TEXT = 4000;
    /**
     * Who reads an applicant's personal data in clear: the disclosure staff of the town that owns the application,
     * nobody else — not the town's leaders, not the district, not the public.
     */
    public static final PersonalDataPolicy APPLICANT_DATA =
            PersonalDataPolicy.readableWith(Permission.DISCLOSURE_WRITE).ownTownOnly();

    @Column(name = "tracking_code", nullable = false, length = 20)
    private String trackingCode;

    @Column(name = "case_number", nullable = false, length = 100)
    private String caseNumber;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    private ApplicantType applicantType;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "applicant_name", nullable = false, length = 100))
    @AttributeOverride(name = "idNumber", column = @Column(name = "id_number", length = 40))
    @AttributeOverride(name = "phone", column = @Column(name = "phone", length = 40))
    @AttributeOverride(name = "address", column = @Column(name = "address", length = 300))
    private PartyData applicant;

    @Column(nullable = false, length = MAX_TEXT)
    private String content;

    @Column(length = 200)
    private String delivery;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    /** The date of the latest step: no later step may be dated before it. */
    @Column(name = "last_step_on", nullable = false)
    private LocalDate lastStepOn;

    @Column(name = "supplement_sent_on")
    private LocalDate supplementSentOn;
    @Column(name = "supplement_due_on")
    private LocalDate supplementDueOn;
    @Column(name = "supplement_items", length = MAX_TEXT)
    private String supplementItems;
    @Column(name = "supplement_received_on")
    private LocalDate supplementReceivedOn;

    @Column(name = "extension_decided_on")
    private LocalDate extensionDecidedOn;
    @Column(name = "extension_days")
    private Integer extensionDays;
    @Column(name = "extension_approved_by", length = 100)
    private String extensionApprovedBy;
    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    /** Art. 35: the later reply date set for a clearly excessive application, when and why. */
    @Column(name = "later_reply_decided_on")
    private LocalDate laterReplyDecidedOn;
    @Column(name = "later_reply_by")
    private LocalDate laterReplyBy;
    @Column(name = "later_reply_reason", length = 1000)
    private String laterReplyReason;

    @Column(name = "consultation_started_on")
    private LocalDate consultationStartedOn;
    @Column(length = 200)
    private String consulted;
    @Enumerated(EnumType.STRING)
    @Column(name = "consultation_kind", length = 20)
    private ConsultationKind consultationKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_method", length = 20)
    private FeeCalculator.Method feeMethod;
    @Column(name = "fee_quantity")
    private Integer feeQuantity;
    @Column(name = "fee_amount", precision = 14, scale = 2)
    private BigDecimal feeAmount;
    @Column(name = "fee_notice_on")
    private LocalDate feeNoticeOn;
    /** The day the applicant received the fee notice: the payment period runs from the day after. */
    @Column(name = "fee_notice_received_on")
    private LocalDate feeNoticeReceivedOn;
    /** The last day to pay, a copy of the due date of the fee clock ({@link DisclosureClock#FEE_PAYMENT}). */
    @Column(name = "fee_pay_by")
    private LocalDate feePayBy;
    @Column(name = "fee_paid_on")
    private LocalDate feePaidOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    @Column(length = 60)
    private Outcome outcome;
    @Column(name = "decision_reason", length = MAX_TEXT)
    private String decisionReason;
    @Column(name = "decided_late")
    private Boolean decidedLate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<ApplicationStep> steps = new ArrayList<>();

    protected DisclosureApplication() {
    }

    /**
     * Registers an application received on {@code receivedOn} (art. 31's date for its channel). The clock starts with
     * {@link #startClock} once the record has its id.
     */
    static DisclosureApplication receive(ApplicationParticulars p, OrgUnitView holder, String trackingCode,
                                         String caseNumber, StepContext ctx) {
        List<RuleViolation.FieldProblem> problems = new ArrayList<>();
        if (p.receivedOn().isAfter(ctx.today())) {
            problems.add(new RuleViolation.FieldProblem("receivedOn", "disclosure.date.future",
                    p.receivedOn().toString(), ctx.today().toString()));
        } else if (p.receivedOn().isBefore(REGULATION_IN_FORCE)) {
            problems.add(new RuleViolation.FieldProblem("receivedOn", "disclosure.date.beforeRegulation",
                    p.receivedOn().toString()));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        DisclosureApplication a = new DisclosureApplication();
        a.trackingCode = trackingCode;
        a.caseNumber = caseNumber;
        a.receivedOn = p.receivedOn();
        a.channel = p.channel();
        a.applicantType = p.applicantType();
        a.applicant = new PartyData(p.applicantName(), p.idNumber(), p.phone(), p.address());
        a.content = p.content();
        a.delivery = p.delivery();
        a.status = ApplicationStatus.PROCESSING;
        a.lastStepOn = p.receivedOn();
        a.createdAt = Instant.now();
        a.assignHolder(holder);
        a.steps.add(new ApplicationStep(a, ApplicationStep.Kind.RECEIVED, p.receivedOn(), p.channel().name(),
                ctx.actor()));
        a.noteChange("DISCLOSURE_RECEIVED", caseNumber);
        return a;
    }

    /** Starts the answer clock of art. 33 (the record must have its id). */
    DeadlineView startClock(OrgUnitView holder, StepContext ctx) {
        return ctx.engine().start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(getId()), DisclosureClock.ANSWER,
                "政府信息公开申请答复期限（" + caseNumber + "）", DisclosurePeriods.ANSWER, receivedOn, holder)
                .assignedTo(ctx.actor()));
    }

    /**
     * The steps the procedure allows now, by state and the one-time steps already taken (the step methods below
     * refuse the others with the reason). Dates are checked when a step is taken.
     */
    public Set<ApplicationAction> allowedActions() {
        return switch (status) {
            case PROCESSING -> {
                Set<ApplicationAction> a = EnumSet.of(ApplicationAction.CONSULTATION_START,
                        ApplicationAction.DECISION);
                if (supplementSentOn == null && extensionDecidedOn == null) {
                    a.add(ApplicationAction.SUPPLEMENT_REQUEST);
                }
                if (extensionDecidedOn == null) {
                    a.add(ApplicationAction.EXTENSION);
                }
                if (feeNoticeOn == null) {
                    a.add(ApplicationAction.FEE_NOTICE);
                }
                yield a;
            }
            case AWAITING_SUPPLEMENT -> EnumSet.of(ApplicationAction.SUPPLEMENT_RECEIVED,
                    ApplicationAction.DECISION);
            case CONSULTING -> EnumSet.of(ApplicationAction.CONSULTATION_END, ApplicationAction.DECISION);
            case AWAITING_FEE -> EnumSet.of(ApplicationAction.FEE_PAID, ApplicationAction.DECISION);
            case DECIDED -> EnumSet.noneOf(ApplicationAction.class);
        };
    }

    /**
     * The outcomes a decision may have now (see {@link #decide}); empty once decided. While consulting they are those
     * of a running application: the decision is allowed once the consulted party's time has lapsed.
     */
    public List<Outcome> allowedOutcomes() {
        return switch (status) {
            case PROCESSING, CONSULTING -> Arrays.stream(Outcome.values()).filter(o -> o != Outcome.OTHER_NO_SUPPLEMENT
                    && o != Outcome.OTHER_FEE_UNPAID
                    && (o != Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT || supplementReceivedOn != null)).toList();
            case AWAITING_SUPPLEMENT -> List.of(Outcome.OTHER_NO_SUPPLEMENT, Outcome.OTHER);
            case AWAITING_FEE -> List.of(Outcome.OTHER_FEE_UNPAID, Outcome.OTHER);
            case DECIDED -> List.of();
        };
    }

    /**
     * 补正 (art. 30): one single notice, within 7 working days of receipt, listing everything missing, with a deadline
     * for the applicant. The clock stops: no answer is due while the agency waits.
     */
    void requestSupplement(LocalDate sentOn, List<String> items, LocalDate dueOn, StepContext ctx) {
        requireStatus(ApplicationStatus.PROCESSING, "supplement-request");
        if (supplementSentOn != null) {
            throw new RuleViolation("disclosure.supplement.once", supplementSentOn.toString());
        }
        if (extensionDecidedOn != null) {
            throw new RuleViolation("disclosure.supplement.afterExtension");
        }
        requireStepDate("sentOn", sentOn, ctx);
        LocalDate latest = ctx.calendar().dueDate(DisclosurePeriods.SUPPLEMENT_NOTICE, receivedOn);
        if (sentOn.isAfter(latest)) {
            throw RuleViolation.onField("sentOn", "disclosure.supplement.late", latest.toString(),
                    DisclosurePeriods.SUPPLEMENT_NOTICE.basis().citation());
        }
        List<String> missing = items == null ? List.of()
                : items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        if (missing.isEmpty()) {
            throw RuleViolation.onField("items", "disclosure.supplement.items");
        }
        String joined = String.join("\n", missing);
        if (joined.length() > MAX_TEXT) {
            throw RuleViolation.onField("items", Input.TOO_LONG, String.valueOf(MAX_TEXT));
        }
        if (dueOn == null || !dueOn.isAfter(sentOn)) {
            throw RuleViolation.onField("supplementDueOn", "disclosure.supplement.dueAfterSent",
                    sentOn.toString());
        }
        ctx.engine().pause(clockId(ctx), sentOn.plusDays(1), "等待申请人补正（" + DisclosurePeriods.SUPPLEMENT_NOTICE
                .basis().citation() + "）");
        supplementSentOn = sentOn;
        supplementItems = joined;
        supplementDueOn = dueOn;
        move(ApplicationStatus.AWAITING_SUPPLEMENT, ApplicationStep.Kind.SUPPLEMENT_REQUESTED, sentOn,
                String.join("；", missing) + "（补正期限 " + dueOn + "）", ctx);
    }

    /** The supplement arrived: a full 20 working days run again from the day after (art. 30). */
    void receiveSupplement(LocalDate on, StepContext ctx) {
        if (status != ApplicationStatus.AWAITING_SUPPLEMENT) {
            throw new RuleViolation("disclosure.supplement.notRequested", statusArg());
        }
        requireStepDate("receivedOn", on, ctx);
        ctx.engine().restart(clockId(ctx), on, "申请人已补正，答复期限自收到补正之日起重新计算（《政府信息公开条例》第30条）");
        supplementReceivedOn = on;
        move(ApplicationStatus.PROCESSING, ApplicationStep.Kind.SUPPLEMENT_RECEIVED, on, null, ctx);
    }

    /**
     * 延期 (art. 33): once, for 1–20 working days, decided on or before the due date as it stands, approved by the head
     * of the disclosure office, and notified to the applicant (the extension notice).
     */
    void extend(LocalDate decidedOn, String approvedBy, String reason, int days, StepContext ctx) {
        if (extensionDecidedOn != null) {
            throw new RuleViolation("disclosure.extension.once", extensionDecidedOn.toString());
        }
        requireStatus(ApplicationStatus.PROCESSING, "extension");
        if (days < 1 || days > DisclosurePeriods.MAX_EXTENSION_WORKING_DAYS) {
            throw RuleViolation.onField("days", "disclosure.extension.days",
                    String.valueOf(DisclosurePeriods.MAX_EXTENSION_WORKING_DAYS));
        }
        String approver = Input.requireText("approvedBy", approvedBy, 100);
        String why = Input.requireText("reason", reason, 1000);
        requireStepDate("decidedOn", decidedOn, ctx);
        LocalDate due = clock(ctx.engine()).map(DeadlineView::dueDate).orElse(null);
        if (due != null && decidedOn.isAfter(due)) {
            throw RuleViolation.onField("decidedOn", "disclosure.extension.late", due.toString());
        }
        ctx.engine().extend(clockId(ctx), StatutoryPeriod.workingDays(days, DisclosurePeriods.EXTENSION_BASIS),
                approver, why, decidedOn);
        extensionDecidedOn = decidedOn;
        extensionDays = days;
        extensionApprovedBy = approver;
        extensionReason = why;
        move(status, ApplicationStep.Kind.EXTENDED, decidedOn, days + " 个工作日；" + approver + "；" + why, ctx);
    }

    /**
     * 另行确定答复期限 (art. 35): the application is clearly excessive in volume or frequency, its reasons are
     * reasonable, but it cannot be answered in time: the agency sets a later reply date, decided on or before the due
     * date as it stands, and tells the applicant the reason (the tracking page shows both). The answer clock's due
     * date becomes that date, with the reason in its history.
     */
    void setLaterReplyDate(LocalDate decidedOn, LocalDate replyBy, String reason, StepContext ctx) {
        if (laterReplyDecidedOn != null) {
            throw new RuleViolation("disclosure.laterReply.once", laterReplyDecidedOn.toString());
        }
        requireStatus(ApplicationStatus.PROCESSING, "later-reply");
        String why = Input.requireText("reason", reason, 1000);
        requireStepDate("decidedOn", decidedOn, ctx);
        if (replyBy == null) {
            throw RuleViolation.onField("replyBy", "disclosure.field.required");
        }
        ctx.engine().setDueDate(clockId(ctx), replyBy, why + "（" + DisclosurePeriods.LATER_REPLY_BASIS.citation()
                + "）", decidedOn);
        laterReplyDecidedOn = decidedOn;
        laterReplyBy = replyBy;
        laterReplyReason = why;
        move(status, ApplicationStep.Kind.LATER_REPLY_DATE, decidedOn, "答复期限另行确定为 " + replyBy + "；" + why,
                ctx);
    }

    /**
     * 征求意见 (arts. 32, 34): the consultation's time does not count, for at most the consulted party's 15 working
     * days from the day the request was sent; then the clock runs again by itself (a third party's silence leaves the
     * decision to the agency, another agency's silence is consent), so the due date is known throughout. Without an
     * end date the consultation stays open (status CONSULTING); a later call with the end date closes it, an answer
     * after the 15 days counting only up to their end. A consultation recorded afterwards gives both.
     */
    void consult(LocalDate startedOn, LocalDate endedOn, String consultedParty, ConsultationKind kind,
                 StepContext ctx) {
        if (status == ApplicationStatus.CONSULTING) {
            if (endedOn == null) {
                throw new RuleViolation("disclosure.consultation.open", consultationStartedOn.toString());
            }
            if (startedOn != null && !startedOn.equals(consultationStartedOn)) {
                throw RuleViolation.onField("startedOn", "disclosure.consultation.otherStart",
                        consultationStartedOn.toString());
            }
            endConsultation(endedOn, ctx);
            return;
        }
        requireStatus(ApplicationStatus.PROCESSING, "consultation");
        if (startedOn == null) {
            throw RuleViolation.onField("startedOn", Input.REQUIRED);
        }
        String who = Input.requireText("consulted", consultedParty, 200);
        requireStepDate("startedOn", startedOn, ctx);
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw RuleViolation.onField("endedOn", "disclosure.consultation.endBeforeStart", startedOn.toString());
        }
        if (endedOn != null && endedOn.isAfter(ctx.today())) {
            throw RuleViolation.onField("endedOn", "disclosure.date.future", endedOn.toString(),
                    ctx.today().toString());
        }
        ConsultationKind k = kind == null ? ConsultationKind.THIRD_PARTY : kind;
        ctx.engine().pause(clockId(ctx), startedOn.plusDays(1), "征求意见：" + who + "（"
                + k.replyPeriod().basis().citation() + "）", k.replyPeriod());
        consultationStartedOn = startedOn;
        consulted = who;
        consultationKind = k;
        move(ApplicationStatus.CONSULTING, ApplicationStep.Kind.CONSULTATION_STARTED, startedOn, who + "（答复期限 "
                + opinionDueOn(ctx) + "）", ctx);
        if (endedOn != null) {
            endConsultation(endedOn, ctx);
        }
    }

    private void endConsultation(LocalDate endedOn, StepContext ctx) {
        requireStepDate("endedOn", endedOn, ctx);
        ctx.engine().resume(clockId(ctx), endedOn.plusDays(1));
        LocalDate latest = opinionDueOn(ctx);
        move(ApplicationStatus.PROCESSING, ApplicationStep.Kind.CONSULTATION_ENDED, endedOn, consulted
                + (endedOn.isAfter(latest) ? "（" + latest + " 征求意见期满后答复，期满次日已恢复计时）" : ""), ctx);
    }

    /** The day the consulted party's 15 working days end (arts. 32, 34), while a consultation is open. */
    LocalDate opinionDueOn(StepContext ctx) {
        return consultationStartedOn == null ? null
                : ctx.calendar().dueDate(consultationKind.replyPeriod(), consultationStartedOn);
    }

    /**
     * The last day of the consultation as the answer clock counts it: the end of the consulted party's 15 working days
     * on the official calendar; {@code null} without a consultation (or for one recorded with its end).
     */
    public LocalDate consultationEndsBy(DeadlineView clock) {
        if (consultationStartedOn == null || clock == null) {
            return null;
        }
        return clock.pauses().stream().filter(p -> p.from().equals(consultationStartedOn.plusDays(1)))
                .map(DeadlineView.Pause::endsBy).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Whether the open consultation's time lapsed without an answer before {@code day}: the clock runs again. */
    public boolean consultationLapsed(DeadlineView clock, LocalDate day) {
        LocalDate endsBy = consultationEndsBy(clock);
        return status == ApplicationStatus.CONSULTING && endsBy != null && day.isAfter(endsBy);
    }

    /**
     * 收费通知 (art. 42): the clock stands until payment. One fee, by one method, per application; the amount is
     * computed by {@link FeeCalculator} (or stated when no method is given). The applicant pays within
     * {@link DisclosurePeriods#FEE_PAYMENT} counted from the day after receiving the notice ({@value
     * DisclosurePeriods#FEE_RULES}); a notice handed over or sent electronically is received the day it is sent. The
     * payment period runs on its own clock of the engine, so that the pay-by date follows the official calendar.
     */
    void noticeFee(LocalDate noticeOn, LocalDate receivedOn, FeeCalculator.Method method, Integer quantity,
                   BigDecimal amount, OrgUnitView holder, StepContext ctx) {
        if (feeNoticeOn != null) {
            throw new RuleViolation("disclosure.fee.once", feeNoticeOn.toString());
        }
        requireStatus(ApplicationStatus.PROCESSING, "fee-notice");
        requireStepDate("noticeOn", noticeOn, ctx);
        LocalDate received = receivedOn == null ? noticeOn : receivedOn;
        if (received.isBefore(noticeOn)) {
            throw RuleViolation.onField("noticeReceivedOn", "disclosure.fee.receivedBeforeNotice",
                    noticeOn.toString());
        }
        if (received.isAfter(ctx.today())) {
            throw RuleViolation.onField("noticeReceivedOn", "disclosure.date.future", received.toString(),
                    ctx.today().toString());
        }
        if (amount == null || amount.signum() <= 0) {
            throw RuleViolation.onField("amount", "disclosure.fee.zero");
        }
        ctx.engine().pause(clockId(ctx), noticeOn.plusDays(1), "等待申请人缴纳信息处理费（"
                + DisclosurePeriods.FEE_BASIS.citation() + "）");
        feeNoticeOn = noticeOn;
        feeNoticeReceivedOn = received;
        feeMethod = method;
        feeQuantity = quantity;
        feeAmount = amount;
        startFeeClock(holder, ctx);
        move(ApplicationStatus.AWAITING_FEE, ApplicationStep.Kind.FEE_NOTICE, noticeOn, amount.toPlainString()
                + " 元（缴费期限 " + feePayBy + "）", ctx);
    }

    /**
     * Starts the payment clock from the day the notice was received; also for a notice recorded before the period was
     * fixed ({@link FeePeriodRecomputation}), whose pay-by date it replaces.
     */
    DeadlineView startFeeClock(OrgUnitView holder, StepContext ctx) {
        DeadlineView fee = ctx.engine().start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(getId()),
                DisclosureClock.FEE_PAYMENT, "申请人缴纳信息处理费期限（" + caseNumber + "）",
                DisclosurePeriods.FEE_PAYMENT, feeNoticeReceivedOn, holder).assignedTo(ctx.actor()));
        feePayBy = fee.dueDate();
        return fee;
    }

    /** A fee notice recorded before the payment period was fixed: its pay-by date now comes from the fee clock. */
    void feePeriodFixed(OrgUnitView holder, StepContext ctx) {
        if (feeNoticeReceivedOn == null) {
            feeNoticeReceivedOn = feeNoticeOn;
        }
        LocalDate old = feePayBy;
        startFeeClock(holder, ctx);
        noteChange("DISCLOSURE_FEE_PAY_BY_MOVED", old + " → " + feePayBy + "（" + DisclosurePeriods.FEE_RULES + "）");
    }

    /** The fee clock moved with the official calendar: the pay-by date follows it. */
    void feePayByMoved(LocalDate payBy) {
        if (status == ApplicationStatus.AWAITING_FEE && payBy != null && !payBy.equals(feePayBy)) {
            feePayBy = payBy;
            noteChange("DISCLOSURE_FEE_PAY_BY_MOVED", payBy.toString());
        }
    }

    /** The fee is paid: the clock runs again from the next day. */
    void payFee(LocalDate paidOn, StepContext ctx) {
        if (status != ApplicationStatus.AWAITING_FEE) {
            throw new RuleViolation("disclosure.fee.notNoticed", statusArg());
        }
        requireStepDate("paidOn", paidOn, ctx);
        if (paidOn.isAfter(feePayBy)) {
            throw RuleViolation.onField("paidOn", "disclosure.fee.paidLate", feePayBy.toString());
        }
        ctx.engine().resume(clockId(ctx), paidOn.plusDays(1));
        feeClock(ctx).ifPresent(c -> ctx.engine().meet(c.id(), paidOn));
        feePaidOn = paidOn;
        move(ApplicationStatus.PROCESSING, ApplicationStep.Kind.FEE_PAID, paidOn, feeAmount.toPlainString() + " 元",
                ctx);
    }

    private Optional<DeadlineView> feeClock(StepContext ctx) {
        return ctx.engine().clock(CLOCK_SUBJECT, String.valueOf(getId()), DisclosureClock.FEE_PAYMENT);
    }

    /**
     * 答复 (arts. 36–39): the outcome in the national report's categories. Closing the application for a missing
     * supplement or an unpaid fee is allowed only once the applicant's deadline has passed; it stops the clock rather
     * than meeting it.
     */
    void decide(LocalDate on, Outcome result, String reason, StepContext ctx) {
        if (status == ApplicationStatus.DECIDED) {
            throw new RuleViolation("disclosure.decision.already", decidedOn.toString());
        }
        requireStepDate("decidedOn", on, ctx);
        if (status == ApplicationStatus.CONSULTING && !on.isAfter(opinionDueOn(ctx))) {
            throw new RuleViolation("disclosure.decision.consulting", consultationStartedOn.toString(),
                    opinionDueOn(ctx).toString());
        }
        String why = result.needsReason() ? Input.requireText("reason", reason, MAX_TEXT)
                : reason == null || reason.isBlank() ? null : Input.requireText("reason", reason, MAX_TEXT);
        switch (result) {
            case OTHER_NO_SUPPLEMENT -> {
                if (status != ApplicationStatus.AWAITING_SUPPLEMENT) {
                    throw RuleViolation.onField("outcome", "disclosure.decision.noSupplementNotWaiting");
                }
                if (!on.isAfter(supplementDueOn)) {
                    throw RuleViolation.onField("decidedOn", "disclosure.decision.supplementNotYetDue",
                            supplementDueOn.toString());
                }
            }
            case OTHER_FEE_UNPAID -> {
                if (status != ApplicationStatus.AWAITING_FEE) {
                    throw RuleViolation.onField("outcome", "disclosure.decision.feeNotWaiting");
                }
                if (!on.isAfter(feePayBy)) {
                    throw RuleViolation.onField("decidedOn", "disclosure.decision.feeNotYetDue", feePayBy.toString());
                }
            }
            case OTHER -> {
                // withdrawn or otherwise ended: possible in any open state
            }
            default -> {
                if (status != ApplicationStatus.PROCESSING && status != ApplicationStatus.CONSULTING) {
                    throw RuleViolation.onField("outcome", "disclosure.decision.waiting", statusArg());
                }
                if (result == Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT && supplementReceivedOn == null) {
                    throw RuleViolation.onField("outcome", "disclosure.decision.noSupplementReceived");
                }
            }
        }
        if (status == ApplicationStatus.CONSULTING) {
            LocalDate lapsed = opinionDueOn(ctx);
            move(status, ApplicationStep.Kind.CONSULTATION_ENDED, lapsed, consulted + "（征求意见期满未答复，"
                    + (consultationKind == ConsultationKind.AGENCY ? "视为同意" : "由本机关依法决定") + "）", ctx);
        }
        if (status == ApplicationStatus.AWAITING_FEE) {
            feeClock(ctx).ifPresent(c -> ctx.engine().stop(c.id(), on, result.label()));
        }
        DeadlineView clock = result == Outcome.OTHER_NO_SUPPLEMENT || result == Outcome.OTHER_FEE_UNPAID
                ? ctx.engine().stop(clockId(ctx), on, result.label())
                : ctx.engine().meet(clockId(ctx), on);
        decidedOn = on;
        outcome = result;
        decisionReason = why;
        decidedLate = clock.metLate();
        move(ApplicationStatus.DECIDED, ApplicationStep.Kind.DECIDED, on, result.label()
                + (why == null ? "" : "：" + why), ctx);
    }

    private void move(ApplicationStatus to, ApplicationStep.Kind step, LocalDate on, String detail, StepContext ctx) {
        String action = status == to ? "DISCLOSURE_" + step.name() : "TRANSITION:" + status + "->" + to;
        status = to;
        lastStepOn = on.isAfter(lastStepOn) ? on : lastStepOn;
        steps.add(new ApplicationStep(this, step, on, detail, ctx.actor()));
        noteChange(action, detail);
    }

    private void requireStatus(ApplicationStatus required, String action) {
        if (status != required) {
            throw new RuleViolation("disclosure.step.notNow",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("disclosure.action." + action),
                    statusArg());
        }
    }

    private Object statusArg() {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                "disclosure.status." + status.name());
    }

    /** A step's date: not in the future, not before receipt, not before the previous step. */
    private void requireStepDate(String field, LocalDate date, StepContext ctx) {
        if (date == null) {
            throw RuleViolation.onField(field, Input.REQUIRED);
        }
        if (date.isAfter(ctx.today())) {
            throw RuleViolation.onField(field, "disclosure.date.future", date.toString(), ctx.today().toString());
        }
        if (date.isBefore(receivedOn)) {
            throw RuleViolation.onField(field, "disclosure.date.beforeReceipt", date.toString(),
                    receivedOn.toString());
        }
        if (date.isBefore(lastStepOn)) {
            throw RuleViolation.onField(field, "disclosure.date.beforeLastStep", date.toString(),
                    lastStepOn.toString());
        }
    }

    public String trackingCode() {
        return trackingCode;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Channel channel() {
        return channel;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    /** The applicant's name, ID number, phone and address, in clear. */
    public PartyData applicant() {
        return applicant;
    }

    /** The applicant as the current user may see it ({@link #APPLICANT_DATA}). */
    public PartyData applicantAsSeen() {
        return APPLICANT_DATA.view(applicant, applicantType.person(), this);
    }

    public String applicantName() {
        return applicant.name();
    }

    public String idNumber() {
        return applicant.idNumber();
    }

    public String phone() {
        return applicant.phone();
    }

    public String address() {
        return applicant.address();
    }

    public String content() {
        return content;
    }

    public String delivery() {
        return delivery;
    }

    public ApplicationStatus status() {
        return status;
    }

    /** The answer clock, which runs from the application's receipt. */
    public Optional<DeadlineView> clock(DeadlineEngine engine) {
        return engine.clock(CLOCK_SUBJECT, String.valueOf(getId()), DisclosureClock.ANSWER);
    }

    private long clockId(StepContext ctx) {
        return clock(ctx.engine()).orElseThrow(() -> new IllegalStateException("application " + getId()
                + " has no answer clock")).id();
    }

    public LocalDate supplementSentOn() {
        return supplementSentOn;
    }

    public LocalDate supplementDueOn() {
        return supplementDueOn;
    }

    public List<String> supplementItems() {
        return supplementItems == null ? List.of() : List.of(supplementItems.split("\n"));
    }

    public LocalDate supplementReceivedOn() {
        return supplementReceivedOn;
    }

    public LocalDate extensionDecidedOn() {
        return extensionDecidedOn;
    }

    public Integer extensionDays() {
        return extensionDays;
    }

    public String extensionApprovedBy() {
        return extensionApprovedBy;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public LocalDate laterReplyDecidedOn() {
        return laterReplyDecidedOn;
    }

    public LocalDate laterReplyBy() {
        return laterReplyBy;
    }

    public String laterReplyReason() {
        return laterReplyReason;
    }

    public LocalDate consultationStartedOn() {
        return consultationStartedOn;
    }

    public String consulted() {
        return consulted;
    }

    public ConsultationKind consultationKind() {
        return consultationKind;
    }

    public FeeCalculator.Method feeMethod() {
        return feeMethod;
    }

    public Integer feeQuantity() {
        return feeQuantity;
    }

    public BigDecimal feeAmount() {
        return feeAmount;
    }

    public LocalDate feeNoticeOn() {
        return feeNoticeOn;
    }

    public LocalDate feeNoticeReceivedOn() {
        return feeNoticeReceivedOn;
    }

    public LocalDate feePayBy() {
        return feePayBy;
    }

    public LocalDate feePaidOn() {
        return feePaidOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Boolean decidedLate() {
        return decidedLate;
    }

    public List<ApplicationStep> steps() {
        return List.copyOf(steps);
    }

    /** Whether the application was open (received, not yet decided) at the end of {@code day}. */
    public boolean openAtEndOf(LocalDate day) {
        return !receivedOn.isAfter(day) && (decidedOn == null || decidedOn.isAfter(day));
    }

    /** {@inheritDoc} Here: the 申请编号. */
    @Override
    public String auditName() {
        return caseNumber;
    }
}
