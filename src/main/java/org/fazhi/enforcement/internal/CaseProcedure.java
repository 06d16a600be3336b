package org.fazhi.enforcement.internal;

import static org.fazhi.enforcement.internal.CaseState.COLLECTIVE_DISCUSSION;
import static org.fazhi.enforcement.internal.CaseState.DECIDED;
import static org.fazhi.enforcement.internal.CaseState.EXECUTED;
import static org.fazhi.enforcement.internal.CaseState.FILED;
import static org.fazhi.enforcement.internal.CaseState.HEARING;
import static org.fazhi.enforcement.internal.CaseState.INVESTIGATING;
import static org.fazhi.enforcement.internal.CaseState.LEGAL_REVIEW;
import static org.fazhi.enforcement.internal.CaseState.NOTIFIED;
import static org.fazhi.enforcement.internal.CaseState.SERVED;
import static org.fazhi.enforcement.internal.CaseState.CLOSED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 办案程序 — the one table of which step may follow which state, and the preconditions of each step under
 * 《行政处罚法》 and 《行政强制法》. {@link #missing} names everything that is missing for a step; {@link #require} refuses
 * the step with those names. What each step then does to the case's clocks is {@link StepClocks}; which penalty the
 * summary procedure admits is {@link SummaryProcedure}.
 */
public final class CaseProcedure {

    /** The states each step may be taken from. */
    static final Map<Step, Set<CaseState>> FROM = table();

    private CaseProcedure() {
    }

    /**
     * What the step needs besides the case itself.
     *
     * @param today             the platform's today
     * @param reviewAllOrdinary the town's setting: legal review of every ordinary-procedure case
     * @param approvalsComplete whether the town's approval chain of a stage is fully signed for this case
     * @param appraisalPaused   whether the case's time is paused for an appraisal (鉴定) that has not ended: only
     *                          then may it end, and only otherwise may another begin
     */
    public record Context(LocalDate today, boolean reviewAllOrdinary, Predicate<ApprovalStage> approvalsComplete,
                          boolean appraisalPaused) {

        /** A context of a case with no appraisal under way. */
        public Context(LocalDate today, boolean reviewAllOrdinary, Predicate<ApprovalStage> approvalsComplete) {
            this(today, reviewAllOrdinary, approvalsComplete, false);
        }
    }

    private static Map<Step, Set<CaseState>> table() {
        Map<Step, Set<CaseState>> t = new EnumMap<>(Step.class);
        Set<CaseState> open = EnumSet.of(FILED, INVESTIGATING, NOTIFIED, HEARING, LEGAL_REVIEW, COLLECTIVE_DISCUSSION);
        Set<CaseState> beforeDecision = EnumSet.of(NOTIFIED, HEARING, LEGAL_REVIEW, COLLECTIVE_DISCUSSION);
        t.put(Step.FILE, EnumSet.noneOf(CaseState.class));
        t.put(Step.INVESTIGATE, EnumSet.of(FILED));
        t.put(Step.PRESERVE_EVIDENCE, EnumSet.of(INVESTIGATING));
        t.put(Step.DECIDE_PRESERVATION, EnumSet.of(INVESTIGATING, NOTIFIED, HEARING, LEGAL_REVIEW, COLLECTIVE_DISCUSSION));
        t.put(Step.NOTIFY, EnumSet.of(FILED, INVESTIGATING));
        t.put(Step.RECORD_STATEMENT, EnumSet.of(NOTIFIED));
        t.put(Step.WAIVE_STATEMENT, EnumSet.of(NOTIFIED));
        t.put(Step.REQUEST_HEARING, EnumSet.of(NOTIFIED));
        t.put(Step.SCHEDULE_HEARING, EnumSet.of(HEARING));
        t.put(Step.NOTIFY_HEARING, EnumSet.of(HEARING));
        t.put(Step.HOLD_HEARING, EnumSet.of(HEARING));
        t.put(Step.PAUSE_FOR_APPRAISAL, open);
        t.put(Step.RESUME_AFTER_APPRAISAL, open);
        t.put(Step.EXTEND, open);
        t.put(Step.SUBMIT_REVIEW, EnumSet.of(NOTIFIED, HEARING));
        t.put(Step.REVIEW, EnumSet.of(LEGAL_REVIEW));
        t.put(Step.DISCUSS, beforeDecision);
        t.put(Step.DECIDE, beforeDecision);
        t.put(Step.SERVE, EnumSet.of(DECIDED));
        t.put(Step.RECORD_REMEDY, EnumSet.of(SERVED, EXECUTED));
        t.put(Step.REMEDY_OUTCOME, EnumSet.of(SERVED, EXECUTED));
        t.put(Step.REMIND, EnumSet.of(SERVED));
        t.put(Step.PAY, EnumSet.of(SERVED));
        t.put(Step.EXECUTE, EnumSet.of(SERVED));
        t.put(Step.APPLY_TO_COURT, EnumSet.of(SERVED));
        t.put(Step.CLOSE, EnumSet.of(SERVED, EXECUTED));
        t.put(Step.REVOKE, EnumSet.of(DECIDED, SERVED, EXECUTED, CLOSED));
        return t;
    }

    /** Refuses the step, naming the first thing missing in the message and every one in the violations. */
    static void require(PenaltyCase c, Step step, LocalDate on, Context ctx) {
        List<MessageSourceResolvable> missing = missing(c, step, on, ctx);
        if (missing.isEmpty()) {
            return;
        }
        List<RuleViolation.FieldProblem> problems = new ArrayList<>();
        problems.add(new RuleViolation.FieldProblem("step", "enforcement.step.refused", label("enforcement.step." + step),
                label("enforcement.state." + c.getState()), missing.get(0)));
        for (MessageSourceResolvable m : missing) {
            problems.add(new RuleViolation.FieldProblem("step", m.getCodes()[0], m.getArguments()));
        }
        throw RuleViolation.ofFields(problems);
    }

    /** Everything missing before the step may be taken on {@code on}; empty when it may. */
    public static List<MessageSourceResolvable> missing(PenaltyCase c, Step step, LocalDate on, Context ctx) {
        List<MessageSourceResolvable> m = new ArrayList<>();
        if (c.getRevocation().isRevoked() && step != Step.CLOSE) {
            m.add(msg("enforcement.missing.revoked", c.getRevocation().getRevokedOn().toString()));
            return m;
        }
        if (!FROM.get(step).contains(c.getState())) {
            m.add(msg("enforcement.missing.state", label("enforcement.state." + c.getState())));
            return m;
        }
        boolean ordinary = c.getProcedure() == ProcedureKind.ORDINARY;
        PartyNotice notice = c.getNotice();
        Hearing hearing = c.getHearing();
        if (on == null) {
            m.add(msg("enforcement.missing.date"));
        } else {
            if (on.isAfter(ctx.today())) {
                m.add(msg("enforcement.missing.future", on.toString()));
            }
            if (on.isBefore(c.getLastStepOn())) {
                m.add(msg("enforcement.missing.dateOrder", on.toString(), c.getLastStepOn().toString()));
            }
        }
        switch (step) {
            case INVESTIGATE -> {
                if (!ordinary) {
                    m.add(msg("enforcement.missing.ordinaryOnly"));
                } else if (!ctx.approvalsComplete().test(ApprovalStage.FILING)) {
                    m.add(msg("enforcement.missing.approval", label("enforcement.stage.FILING")));
                }
            }
            case PRESERVE_EVIDENCE -> {
                if (c.getPreservation().isOpen()) {
                    m.add(msg("enforcement.missing.preservationOpen"));
                }
            }
            case DECIDE_PRESERVATION -> {
                if (!c.getPreservation().isOpen()) {
                    m.add(msg("enforcement.missing.noPreservation"));
                }
            }
            case NOTIFY -> {
                if (ordinary && c.getState() == FILED) {
                    m.add(msg("enforcement.missing.investigation"));
                }
                if (c.getProposal().getKinds().isEmpty()) {
                    m.add(msg("enforcement.missing.proposal"));
                }
                if (!ordinary && !SummaryProcedure.allows(c, c.getProposal().getKinds(), c.getProposal().getFine())) {
                    m.add(msg("enforcement.missing.summaryThreshold", PenaltyPeriods.SUMMARY.citation()));
                }
                if (ordinary && !ctx.approvalsComplete().test(ApprovalStage.PROPOSAL)) {
                    m.add(msg("enforcement.missing.approval", label("enforcement.stage.PROPOSAL")));
                }
            }
            case RECORD_STATEMENT, WAIVE_STATEMENT -> {
                if (c.getNotice().isWaived()) {
                    m.add(msg("enforcement.missing.alreadyWaived"));
                }
            }
            case REQUEST_HEARING -> {
                if (!c.getNotice().isHearingApplicable()) {
                    m.add(msg("enforcement.missing.hearingNotApplicable"));
                } else if (on != null && notice.getWindowEndsOn() != null && on.isAfter(notice.getWindowEndsOn())) {
                    m.add(msg("enforcement.missing.hearingRequestLate", notice.getWindowEndsOn().toString()));
                }
                if (c.getNotice().isWaived()) {
                    m.add(msg("enforcement.missing.alreadyWaived"));
                }
            }
            case PAUSE_FOR_APPRAISAL -> {
                if (!ordinary) {
                    m.add(msg("enforcement.missing.ordinaryOnly"));
                } else if (ctx.appraisalPaused()) {
                    m.add(msg("enforcement.missing.appraisalUnderWay"));
                }
            }
            case RESUME_AFTER_APPRAISAL -> {
                if (!ordinary) {
                    m.add(msg("enforcement.missing.ordinaryOnly"));
                } else if (!ctx.appraisalPaused()) {
                    m.add(msg("enforcement.missing.noAppraisal"));
                }
            }
            case EXTEND -> {
                if (!ordinary) {
                    m.add(msg("enforcement.missing.ordinaryOnly"));
                }
            }
            case SCHEDULE_HEARING -> {
                if (hearing.isOver()) {
                    m.add(msg("enforcement.missing.hearingOver"));
                }
            }
            case NOTIFY_HEARING -> {
                if (hearing.getDate() == null || hearing.isOver()) {
                    m.add(msg("enforcement.missing.hearingNotScheduled"));
                } else if (hearing.getNoticeOn() != null) {
                    m.add(msg("enforcement.missing.hearingNoticeServed", hearing.getNoticeOn().toString()));
                }
            }
            case HOLD_HEARING -> {
                if (hearing.isOver()) {
                    m.add(msg("enforcement.missing.hearingOver"));
                } else if (hearing.getNoticeOn() == null) {
                    m.add(msg("enforcement.missing.hearingNotice", PenaltyPeriods.HEARING_NOTICE.basis().citation()));
                }
            }
            case SUBMIT_REVIEW -> {
                if (!ordinary) {
                    m.add(msg("enforcement.missing.ordinaryOnly"));
                }
                windowClosed(c, on, m);
            }
            case REVIEW -> {
                // the reviewer's qualification and the counsel's opinion are checked with the review itself
            }
            case DISCUSS -> {
                if (!DecisionChecks.collectiveDiscussionRequired(c)) {
                    m.add(msg("enforcement.missing.notCollective"));
                }
                windowClosed(c, on, m);
                reviewDone(c, ctx, m);
            }
            case DECIDE -> {
                windowClosed(c, on, m);
                reviewDone(c, ctx, m);
                if (DecisionChecks.collectiveDiscussionRequired(c) && c.getDiscussion().getDiscussedOn() == null) {
                    m.add(msg("enforcement.missing.discussion", PenaltyPeriods.COLLECTIVE.citation()));
                }
                if (ordinary && !ctx.approvalsComplete().test(ApprovalStage.DECISION)) {
                    m.add(msg("enforcement.missing.approval", label("enforcement.stage.DECISION")));
                }
            }
            case REMIND -> {
                if (!c.finePayable()) {
                    m.add(msg("enforcement.missing.noFine"));
                } else if (c.getPayment().getDueOn() != null && on != null
                        && !on.isAfter(c.getPayment().getDueOn())) {
                    m.add(msg("enforcement.missing.paymentNotDue", c.getPayment().getDueOn().toString()));
                }
                if (c.getExecution().isReminded()) {
                    m.add(msg("enforcement.missing.alreadyReminded"));
                }
            }
            case PAY -> {
                if (!c.finePayable()) {
                    m.add(msg("enforcement.missing.noFine"));
                }
            }
            case EXECUTE -> {
                if (c.getDecision().getOutcome() != Outcome.PENALTY || c.finePayable()) {
                    m.add(msg("enforcement.missing.executeNotFine"));
                }
            }
            case RECORD_REMEDY -> {
                if (c.getRemedies().isPending()) {
                    m.add(msg("enforcement.missing.remedyPending", c.getRemedies().pendingSince().toString()));
                } else if (c.getRemedies().isSued()) {
                    m.add(msg("enforcement.missing.alreadySued", c.getRemedies().getSuedOn().toString()));
                }
            }
            case REMEDY_OUTCOME -> {
                if (!c.getRemedies().isPending()) {
                    m.add(msg("enforcement.missing.noRemedy"));
                }
            }
            case APPLY_TO_COURT -> {
                Remedies remedies = c.getRemedies();
                if (!c.finePayable()) {
                    m.add(msg("enforcement.missing.noFine"));
                } else if (remedies.isSuitPending()) {
                    m.add(msg("enforcement.missing.suitPending", remedies.getSuedOn().toString(),
                            PenaltyPeriods.JUDGMENT_ENFORCEMENT.citation()));
                } else if (remedies.isSued()) {
                    // the judgment upheld the decision: the town applies to enforce the judgment, which needs no
                    // reminder and runs no clock of 《行政强制法》第53条
                    return m;
                } else if (remedies.isReconsiderationPending()) {
                    m.add(msg("enforcement.missing.reconsiderationPending",
                            remedies.getReconsiderationOn().toString(),
                            PenaltyPeriods.SUIT_AFTER_RECONSIDERATION.basis().citation()));
                } else if (!c.getExecution().isReminded()) {
                    m.add(msg("enforcement.missing.reminder"));
                } else if (on != null && !on.isAfter(c.getExecution().getReminderEndsOn())) {
                    m.add(msg("enforcement.missing.reminderRunning",
                            c.getExecution().getReminderEndsOn().toString()));
                }
                LocalDate lapse = c.getRemedies().getLapsesOn();
                if (on != null && lapse != null && !on.isAfter(lapse)) {
                    m.add(msg("enforcement.missing.remediesRunning", lapse.toString()));
                }
            }
            case CLOSE -> {
                if (c.getState() == SERVED && c.getDecision().getOutcome() == Outcome.PENALTY
                        && !c.getRevocation().isRevoked()) {
                    m.add(msg("enforcement.missing.execution"));
                }
            }
            default -> {
            }
        }
        return m;
    }

    /** No decision before the statement / hearing-request window closed, a waiver is on record or the hearing held. */
    private static void windowClosed(PenaltyCase c, LocalDate on, List<MessageSourceResolvable> m) {
        if (c.getHearing().isRequested()) {
            if (!c.getHearing().isOver()) {
                m.add(msg("enforcement.missing.hearingNotHeld"));
            }
            return;
        }
        boolean summaryHeard = c.getProcedure() == ProcedureKind.SUMMARY && c.getNotice().getStatementOn() != null;
        if (c.getNotice().isWaived() || summaryHeard) {
            return;
        }
        LocalDate ends = c.getNotice().getWindowEndsOn();
        if (ends == null || on == null || !on.isAfter(ends)) {
            m.add(msg("enforcement.missing.window", ends == null ? "—" : ends.toString(),
                    PenaltyPeriods.NOTICE.citation()));
        }
    }

    private static void reviewDone(PenaltyCase c, Context ctx, List<MessageSourceResolvable> m) {
        if (DecisionChecks.reviewRequired(c, ctx.reviewAllOrdinary()) && !c.getReview().isPassed()) {
            m.add(msg("enforcement.missing.review", PenaltyPeriods.LEGAL_REVIEW.citation()));
        }
    }

    static MessageSourceResolvable msg(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    static MessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, null, code);
    }
}
