// One file over 400 lines on purpose: the penalty procedure's state machine in one place — the allowed steps per
// state, what each needs and which clock it moves — so the procedure reads as one table.
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

import static org.fazhi.enforcement.internal.CaseClock.COURT_APPLICATION;
import static org.fazhi.enforcement.internal.CaseClock.DECISION;
import static org.fazhi.enforcement.internal.CaseClock.EVIDENCE_PRESERVATION;
import static org.fazhi.enforcement.internal.CaseClock.HEARING_NOTICE;
import static org.fazhi.enforcement.internal.CaseClock.PAYMENT;
import static org.fazhi.enforcement.internal.CaseClock.REMINDER;
import static org.fazhi.enforcement.internal.CaseClock.SERVICE;
import static org.fazhi.enforcement.internal.CaseClock.STATEMENT_WINDOW;
import static org.fazhi.enforcement.internal.ClockAction.extend;
import static org.fazhi.enforcement.internal.ClockAction.meet;
import static org.fazhi.enforcement.internal.ClockAction.pause;
import static org.fazhi.enforcement.internal.ClockAction.resume;
import static org.fazhi.enforcement.internal.ClockAction.start;
import static org.fazhi.enforcement.internal.ClockAction.startFrom;
import static org.fazhi.enforcement.internal.ClockAction.stop;
import static org.fazhi.enforcement.internal.ClockAction.stopAll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 办案程序 — the one table of which step may follow which state, the table of what each step does to the case's
 * clocks, and the preconditions of each step under 《行政处罚法》 and 《行政强制法》. {@link #missing} names everything that
 * is missing for a step; {@link #require} refuses the step with those names.
 * <p>
 * One file on purpose: the penalty procedure's state machine lives in one place — the allowed steps per state, what
 * each step needs, and which clock each step moves — so that a reader checks the procedure against the law in one
 * table.
 */
public final class CaseProcedure {

    /** The states each step may be taken from. */
    static final Map<Step, Set<CaseState>> FROM = table();

    /** What each step does to the case's clocks, in this order; a step not listed leaves them as they are. */
    private static final Map<Step, List<ClockAction>> CLOCKS = clockTable();

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

    private static Map<Step, List<ClockAction>> clockTable() {
        Predicate<ClockAction.Facts> payable = f -> f.c().finePayable();
        Map<Step, List<ClockAction>> t = new EnumMap<>(Step.class);
        t.put(Step.FILE, List.of(start(DECISION, f -> PenaltyPeriods.DECISION).when(ClockAction.Facts::ordinary)));
        t.put(Step.PRESERVE_EVIDENCE, List.of(start(EVIDENCE_PRESERVATION, f -> PenaltyPeriods.EVIDENCE_PRESERVATION)));
        t.put(Step.DECIDE_PRESERVATION, List.of(meet(EVIDENCE_PRESERVATION)));
        t.put(Step.NOTIFY, List.of(start(STATEMENT_WINDOW, f -> PenaltyPeriods.statementWindow(
                f.c().getNotice().isHearingApplicable(), f.settings().getStatementWorkingDays()))
                .when(ClockAction.Facts::ordinary)));
        t.put(Step.WAIVE_STATEMENT, List.of(meet(STATEMENT_WINDOW)));
        t.put(Step.REQUEST_HEARING, List.of(meet(STATEMENT_WINDOW),
                pause(DECISION, f -> "听证期间不计入办案期限").when(f -> f.settings().isExcludeHearingTime())));
        t.put(Step.SCHEDULE_HEARING, List.of(stop(HEARING_NOTICE, "听证时间已重新确定"),
                startFrom(HEARING_NOTICE, f -> PenaltyPeriods.hearingNoticeClock(f.calendar(), f.on(),
                        f.c().getHearing().getDate()))));
        t.put(Step.NOTIFY_HEARING, List.of(meet(HEARING_NOTICE)));
        t.put(Step.HOLD_HEARING, List.of(resume(DECISION, f -> f.on().plusDays(1))));
        t.put(Step.PAUSE_FOR_APPRAISAL, List.of(pause(DECISION, f -> f.in().note() == null || f.in().note().isBlank()
                ? "鉴定期间不计入办案期限" : f.in().note()).when(f -> f.settings().isExcludeAppraisalTime())));
        t.put(Step.RESUME_AFTER_APPRAISAL, List.of(resume(DECISION, ClockAction.Facts::on)));
        t.put(Step.EXTEND, List.of(extend(DECISION, f -> StatutoryPeriod.calendarDays(f.in().days(),
                PenaltyPeriods.DECISION.basis()))));
        t.put(Step.SUBMIT_REVIEW, List.of(meet(STATEMENT_WINDOW)));
        t.put(Step.DECIDE, List.of(meet(STATEMENT_WINDOW), meet(DECISION),
                start(SERVICE, f -> PenaltyPeriods.SERVICE)));
        t.put(Step.SERVE, List.of(meet(SERVICE), start(PAYMENT, f -> PenaltyPeriods.PAYMENT).when(payable),
                startFrom(COURT_APPLICATION, f -> new PenaltyPeriods.ClockStart(f.c().getRemedies().getLapsesOn(),
                        PenaltyPeriods.COURT_APPLICATION)).when(payable)));
        // 《行政强制法》第53条: a reconsideration moves the court application after its decision; a suit ends the
        // application to enforce the decision — the town enforces the judgment (《行政诉讼法》第95条)
        t.put(Step.RECORD_REMEDY, List.of(pause(PAYMENT, f -> "复议或诉讼期间停止计算"),
                stop(COURT_APPLICATION, "当事人申请行政复议，申请强制执行的期限自复议决定送达后起诉期限届满之日起计算")
                        .when(f -> f.in().remedy() == RemedyKind.RECONSIDERATION),
                stop(COURT_APPLICATION, "当事人提起行政诉讼，不再申请执行处罚决定，待判决生效后执行判决")
                        .when(f -> f.in().remedy() == RemedyKind.SUIT)));
        t.put(Step.REMEDY_OUTCOME, List.of(resume(PAYMENT, f -> f.on().plusDays(1)),
                startFrom(COURT_APPLICATION, f -> new PenaltyPeriods.ClockStart(f.c().getRemedies().getLapsesOn(),
                        PenaltyPeriods.COURT_APPLICATION))
                        .when(payable.and(f -> f.c().getRemedies().getLapsesOn() != null)
                                .and(f -> !f.c().getRevocation().isRevoked())),
                stopAll("处罚决定已被复议决定或判决变更、撤销").when(f -> f.c().getRevocation().isRevoked())));
        t.put(Step.REMIND, List.of(start(REMINDER, f -> PenaltyPeriods.REMINDER)));
        t.put(Step.PAY, List.of(meet(PAYMENT), meet(REMINDER), stop(COURT_APPLICATION, "当事人已缴纳罚款")));
        t.put(Step.APPLY_TO_COURT, List.of(meet(COURT_APPLICATION), meet(REMINDER), meet(PAYMENT)));
        t.put(Step.CLOSE, List.of(stopAll("案件已结案")));
        t.put(Step.REVOKE, List.of(stopAll("处罚决定已变更或撤销")));
        return t;
    }

    /** What the step does to the case's clocks, in order. */
    static List<ClockAction> clockActions(Step step) {
        return CLOCKS.getOrDefault(step, List.of());
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
                if (!ordinary && !withinSummaryThresholds(c, c.getProposal().getKinds(), c.getProposal().getFine())) {
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
                if (!c.collectiveDiscussionRequired()) {
                    m.add(msg("enforcement.missing.notCollective"));
                }
                windowClosed(c, on, m);
                reviewDone(c, ctx, m);
            }
            case DECIDE -> {
                windowClosed(c, on, m);
                reviewDone(c, ctx, m);
                if (c.collectiveDiscussionRequired() && c.getDiscussion().getDiscussedOn() == null) {
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
        if (c.reviewRequired(ctx.reviewAllOrdinary()) && !c.getReview().isPassed()) {
            m.add(msg("enforcement.missing.review", PenaltyPeriods.LEGAL_REVIEW.citation()));
        }
    }

    /** 第51条: warning, or a fine up to 200 yuan (citizen) / 3,000 yuan (organisation). */
    static boolean withinSummaryThresholds(PenaltyCase c, Set<PenaltyKind> kinds, java.math.BigDecimal fine) {
        if (!EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE).containsAll(kinds)) {
            return false;
        }
        if (!kinds.contains(PenaltyKind.FINE)) {
            return true;
        }
        java.math.BigDecimal max = c.isOrganisation() ? PenaltyPeriods.SUMMARY_MAX_FINE_ORGANISATION
                : PenaltyPeriods.SUMMARY_MAX_FINE_PERSON;
        return fine != null && fine.compareTo(max) <= 0;
    }

    static MessageSourceResolvable msg(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    static MessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, null, code);
    }
}
