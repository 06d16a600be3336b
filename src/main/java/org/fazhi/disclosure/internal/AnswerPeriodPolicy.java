package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.RuleViolation;

/**
 * 答复期限 — how each step of an application moves its answer clock in the deadline engine (《政府信息公开条例》
 * 第30条、第32–35条、第42条), and the payment clock of a fee notice. The application decides whether a step is allowed;
 * this says what the step does to the clocks, with the reason the clock's history shows.
 * <p>
 * Day convention for pauses: the day a consultation starts or a fee notice goes out still counts; the days after it
 * up to and including the day the consultation ends or the fee is paid do not; counting resumes the day after. The
 * supplement restarts the period from the day it is received (that day not counted, 民法典 art. 201).
 */
final class AnswerPeriodPolicy {

    private final Long applicationId;
    private final String caseNumber;
    private final StepContext ctx;

    AnswerPeriodPolicy(Long applicationId, String caseNumber, StepContext ctx) {
        this.applicationId = applicationId;
        this.caseNumber = caseNumber;
        this.ctx = ctx;
    }

    /** The answer clock of an application, which runs from its receipt. */
    static Optional<DeadlineView> answerClock(DeadlineEngine engine, Long applicationId) {
        return engine.clock(DisclosureApplication.CLOCK_SUBJECT, String.valueOf(applicationId), DisclosureClock.ANSWER);
    }

    /** Starts the answer clock of art. 33: 20 working days from receipt. */
    DeadlineView start(LocalDate receivedOn, OrgUnitView holder) {
        return ctx.engine().start(NewDeadline.of(DisclosureApplication.CLOCK_SUBJECT, String.valueOf(applicationId),
                DisclosureClock.ANSWER, "政府信息公开申请答复期限（" + caseNumber + "）", DisclosurePeriods.ANSWER,
                receivedOn, holder).assignedTo(ctx.actor()));
    }

    private long clockId() {
        return answerClock(ctx.engine(), applicationId).orElseThrow(() -> new IllegalStateException("application "
                + applicationId + " has no answer clock")).id();
    }

    /** The supplement notice goes out within 7 working days of receipt (art. 30). */
    void requireSupplementNoticeInTime(LocalDate sentOn, LocalDate receivedOn) {
        LocalDate latest = ctx.calendar().dueDate(DisclosurePeriods.SUPPLEMENT_NOTICE, receivedOn);
        if (sentOn.isAfter(latest)) {
            throw RuleViolation.onField("sentOn", "disclosure.supplement.late", latest.toString(),
                    DisclosurePeriods.SUPPLEMENT_NOTICE.basis().citation());
        }
    }

    /** The clock stops while the agency waits for the supplement: no answer is due meanwhile (art. 30). */
    void awaitSupplement(LocalDate sentOn) {
        ctx.engine().pause(clockId(), sentOn.plusDays(1), "等待申请人补正（" + DisclosurePeriods.SUPPLEMENT_NOTICE
                .basis().citation() + "）");
    }

    /** The supplement arrived: a full 20 working days run again from the day after (art. 30). */
    void supplementReceived(LocalDate on) {
        ctx.engine().restart(clockId(), on, "申请人已补正，答复期限自收到补正之日起重新计算（《政府信息公开条例》第30条）");
    }

    /** An extension is decided on or before the due date as it stands (art. 33). */
    void requireBeforeDue(LocalDate decidedOn) {
        LocalDate due = answerClock(ctx.engine(), applicationId).map(DeadlineView::dueDate).orElse(null);
        if (due != null && decidedOn.isAfter(due)) {
            throw RuleViolation.onField("decidedOn", "disclosure.extension.late", due.toString());
        }
    }

    void extend(int days, String approver, String why, LocalDate decidedOn) {
        ctx.engine().extend(clockId(), StatutoryPeriod.workingDays(days, DisclosurePeriods.EXTENSION_BASIS),
                approver, why, decidedOn);
    }

    /** The due date becomes the later reply date, with the reason in the clock's history (art. 35). */
    void replyBy(LocalDate replyBy, String why, LocalDate decidedOn) {
        ctx.engine().setDueDate(clockId(), replyBy, why + "（" + DisclosurePeriods.LATER_REPLY_BASIS.citation()
                + "）", decidedOn);
    }

    /** The consultation's time does not count, for at most the consulted party's reply period (arts. 32, 34). */
    void consult(LocalDate startedOn, String who, ConsultationKind kind) {
        ctx.engine().pause(clockId(), startedOn.plusDays(1), "征求意见：" + who + "（"
                + kind.replyPeriod().basis().citation() + "）", kind.replyPeriod());
    }

    /** Counting resumes the day after a consultation ends or a fee is paid. */
    void resumeAfter(LocalDate day) {
        ctx.engine().resume(clockId(), day.plusDays(1));
    }

    /** The clock stands from the day after the fee notice until payment (art. 42). */
    void awaitFee(LocalDate noticeOn) {
        ctx.engine().pause(clockId(), noticeOn.plusDays(1), "等待申请人缴纳信息处理费（"
                + DisclosurePeriods.FEE_BASIS.citation() + "）");
    }

    /**
     * Starts the payment clock, counted from the day the notice was received ({@value DisclosurePeriods#FEE_RULES}).
     */
    DeadlineView startFeeClock(LocalDate noticeReceivedOn, OrgUnitView holder) {
        return ctx.engine().start(NewDeadline.of(DisclosureApplication.CLOCK_SUBJECT, String.valueOf(applicationId),
                DisclosureClock.FEE_PAYMENT, "申请人缴纳信息处理费期限（" + caseNumber + "）",
                DisclosurePeriods.FEE_PAYMENT, noticeReceivedOn, holder).assignedTo(ctx.actor()));
    }

    private Optional<DeadlineView> feeClock() {
        return ctx.engine().clock(DisclosureApplication.CLOCK_SUBJECT, String.valueOf(applicationId),
                DisclosureClock.FEE_PAYMENT);
    }

    /** The fee is paid: the answer clock runs again from the next day, the payment clock is met. */
    void feePaid(LocalDate paidOn) {
        resumeAfter(paidOn);
        feeClock().ifPresent(c -> ctx.engine().meet(c.id(), paidOn));
    }

    /**
     * The reply ends the clocks: an open payment clock stops; the answer clock is met, or stopped when the application
     * is closed for a missing supplement or an unpaid fee (no answer was due).
     */
    DeadlineView close(LocalDate on, Outcome result, boolean awaitingFee) {
        if (awaitingFee) {
            feeClock().ifPresent(c -> ctx.engine().stop(c.id(), on, result.label()));
        }
        return ReplyPolicy.closesWithoutAnswer(result) ? ctx.engine().stop(clockId(), on, result.label())
                : ctx.engine().meet(clockId(), on);
    }
}
